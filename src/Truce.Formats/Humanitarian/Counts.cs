using System.Globalization;
using Truce.Domain.Errors;
using Truce.Formats.Terms;

namespace Truce.Formats.Humanitarian;

/// <summary>Numbers in the humanitarian tables: whole counts, strictly, or the first count of a prose field.</summary>
internal static class Counts
{
    /// <summary>A whole, non-negative count (digits, thousands commas allowed); null when empty.</summary>
    /// <exception cref="DataFormatException">Anything else.</exception>
    public static long? Strict(SourcedRow row, string column)
    {
        var text = row[column].Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new DataFormatException(row.File, row.Line, row.ColumnOf(column), column, $"'{text}' is not a whole number of people");
        }

        return value;
    }

    /// <summary>
    /// The count a prose field starts with — <c>31 (18 hit)</c> → 31, <c>~3,000 civilians</c> → 3,000,
    /// <c>800,000 of 930,000</c> → 800,000 — after an optional <c>~</c>, <c>&gt;</c> or <c>≥</c>; null when it
    /// does not start with one (the text is kept either way).
    /// </summary>
    public static long? Leading(string text)
    {
        var t = text.TrimStart().TrimStart('~', '>', '≥', '<').TrimStart();
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            if (char.IsAsciiDigit(t[i]))
            {
                digits.Append(t[i]);
            }
            else if (!(t[i] == ',' && digits.Length > 0 && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1])))
            {
                break;
            }
        }

        return digits.Length > 0 && long.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
