using System.Globalization;
using Truce.Domain.Errors;

namespace Truce.Domain.Time;

/// <summary>
/// A date as a source states it: a year, a month or a day (ISO 8601 <c>YYYY</c>, <c>YYYY-MM</c>,
/// <c>YYYY-MM-DD</c>; a time of day <c>THH:MM</c> is kept as text but the day is what counts).
/// </summary>
/// <param name="Earliest">First day the statement allows.</param>
/// <param name="Latest">Last day the statement allows.</param>
/// <param name="Text">The value as written.</param>
public sealed record PartialDate(DateOnly Earliest, DateOnly Latest, string Text)
{
    /// <summary>True when the source gave a day.</summary>
    public bool IsDay => Earliest == Latest;

    /// <summary>Parses <paramref name="text"/>; an empty value is null (unknown or open-ended).</summary>
    /// <exception cref="FormatException">The value is not one of the ISO forms above.</exception>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var day = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        var inv = CultureInfo.InvariantCulture;
        switch (day.Length)
        {
            case 4 when int.TryParse(day, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999:
                return new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), value);
            case 7 when DateOnly.TryParseExact(day + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var first):
                return new PartialDate(first, first.AddMonths(1).AddDays(-1), value);
            case 10 when DateOnly.TryParseExact(day, "yyyy-MM-dd", inv, DateTimeStyles.None, out var exact):
                return new PartialDate(exact, exact, value);
            default:
                throw new FormatException($"'{text}' is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
        }
    }

    /// <summary>As <see cref="Parse(string?)"/>, but reports a bad value as a <see cref="DataFormatException"/> at its place.</summary>
    public static PartialDate? Parse(string? text, string file, long line, int column, string field)
    {
        try
        {
            return Parse(text);
        }
        catch (FormatException e)
        {
            throw new DataFormatException(file, line, column, field, e.Message);
        }
    }

    public override string ToString() => Text;
}
