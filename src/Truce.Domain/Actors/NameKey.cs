using System.Globalization;
using System.Text;

namespace Truce.Domain.Actors;

/// <summary>
/// The form names are compared in: case and accents folded, apostrophes dropped, hyphens and
/// other punctuation read as spaces, runs of spaces collapsed. "Hay’at Tahrir al-Sham" and
/// "hayat tahrir al sham" have the same key. Nothing else (no fuzzy matching): a name either
/// has a key in the registry or is reported unmatched.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
