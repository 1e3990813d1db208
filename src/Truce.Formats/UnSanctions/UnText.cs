using System.Text;

namespace Truce.Formats.UnSanctions;

/// <summary>Whitespace clean-up for UN list text: padded names, comments wrapped over lines.</summary>
internal static class UnText
{
    /// <summary>Trims and collapses each run of whitespace to one space; null for empty text.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
