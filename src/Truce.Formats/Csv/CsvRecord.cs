using System.Globalization;
using Truce.Domain.Errors;
using Truce.Domain.Events;

namespace Truce.Formats.Csv;

/// <summary>
/// Typed, strict access to the fields of the current CSV record by column index. Every failure
/// names the file, line, column and field. A column index of -1 means the file lacks the column.
/// </summary>
internal sealed class CsvRecord(CsvReader reader, string[] values, string[] names)
{
    public string[] Values => values;

    /// <summary>The whole record as the source gave it.</summary>
    public SourceFields Original => new(names, values);

    public DataFormatException Error(int column, string reason) => reader.FieldError(column + 1, reason);

    /// <summary>The text, or null when the column is missing or the field empty.</summary>
    public string? Text(int column) => column < 0 || values[column].Length == 0 ? null : values[column];

    public string RequiredText(int column) =>
        Text(column) ?? throw Error(column, "is empty but required");

    public int RequiredInt(int column, int min, int max) =>
        OptionalInt(column, min, max) ?? throw Error(column, "is empty but required");

    /// <summary>An integer in [min, max]; integral decimals such as <c>2.0</c> are accepted.</summary>
    public int? OptionalInt(int column, int min, int max)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || d != Math.Floor(d) || Math.Abs(d) > int.MaxValue)
            {
                throw Error(column, $"'{Clip(text)}' is not an integer");
            }

            value = (int)d;
        }

        if (value < min || value > max)
        {
            throw Error(column, $"{value} is out of range ({min}–{max})");
        }

        return value;
    }

    public long? OptionalLong(int column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{Clip(text)}' is not an integer");
    }

    /// <summary>A decimal-degree coordinate in [-limit, limit].</summary>
    public double? Coordinate(int column, double limit)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"'{Clip(text)}' is not a number");
        }

        if (value < -limit || value > limit)
        {
            throw Error(column, $"{text} is out of range (-{limit}–{limit} degrees)");
        }

        return value;
    }

    public DateOnly RequiredDate(int column, string[] formats)
    {
        var text = RequiredText(column);
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // UCDP releases sometimes carry a midnight time after the date.
        if (text.Length > 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && text[10] is ' ' or 'T')
        {
            return date;
        }

        throw Error(column, $"'{Clip(text)}' is not a date ({string.Join(" or ", formats)})");
    }

    private static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
