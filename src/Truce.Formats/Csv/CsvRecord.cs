using System.Globalization;
using System.Text;
using Truce.Domain.Errors;
using Truce.Domain.Events;

namespace Truce.Formats.Csv;

/// <summary>
/// Typed, strict access to the fields of the current CSV record by column index, decoding only
/// the fields asked for. Every failure names the file, line, column and field. A column index of
/// -1 means the file lacks the column. Valid only while the reader stays on the record.
/// </summary>
internal sealed class CsvRecord(CsvReader reader, string[] names, bool keepOriginal, Utf8StringPool pool)
{
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private Utf8StringPool.Entry?[]? _lastLabels;

    /// <summary>The whole record as the source gave it (decoded lazily), or empty when the reader does not keep it.</summary>
    public SourceFields Original => keepOriginal ? SourceFields.FromUtf8(names, reader.Data, reader.Ends) : SourceFields.Empty;

    public DataFormatException Error(int column, string reason) => reader.FieldError(column + 1, reason);

    /// <summary>The text, or null when the column is missing or the field empty.</summary>
    public string? Text(int column)
    {
        if (column < 0)
        {
            return null;
        }

        var span = reader.GetSpan(column);
        return span.IsEmpty ? null : Encoding.UTF8.GetString(span);
    }

    /// <summary>Like <see cref="Text"/>, for columns whose values repeat: one string per distinct value.</summary>
    public string? Label(int column)
    {
        if (column < 0)
        {
            return null;
        }

        var span = reader.GetSpan(column);
        if (span.IsEmpty)
        {
            return null;
        }

        var last = _lastLabels ??= new Utf8StringPool.Entry?[names.Length];
        return (uint)column < (uint)last.Length ? pool.Get(span, ref last[column]) : pool.Get(span);
    }

    public string RequiredText(int column) =>
        Text(column) ?? throw Error(column, "is empty but required");

    public int RequiredInt(int column, int min, int max) =>
        OptionalInt(column, min, max) ?? throw Error(column, "is empty but required");

    /// <summary>An integer in [min, max]; integral decimals such as <c>2.0</c> are accepted.</summary>
    public int? OptionalInt(int column, int min, int max)
    {
        if (column < 0 || reader.GetSpan(column).IsEmpty)
        {
            return null;
        }

        var span = reader.GetSpan(column);
        if ((span.Length > 9 || !Digits(span, out var value))
            && !int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || d != Math.Floor(d) || Math.Abs(d) > int.MaxValue)
            {
                throw Error(column, $"'{Clip(Text(column))}' is not an integer");
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
        if (column < 0 || reader.GetSpan(column).IsEmpty)
        {
            return null;
        }

        return long.TryParse(reader.GetSpan(column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{Clip(Text(column))}' is not an integer");
    }

    /// <summary>A decimal-degree coordinate in [-limit, limit].</summary>
    public double? Coordinate(int column, double limit)
    {
        if (column < 0 || reader.GetSpan(column).IsEmpty)
        {
            return null;
        }

        var span = reader.GetSpan(column);
        if (!PlainDecimal(span, out var value)
            && (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)))
        {
            throw Error(column, $"'{Clip(Text(column))}' is not a number");
        }

        if (value < -limit || value > limit)
        {
            throw Error(column, $"{Text(column)} is out of range (-{limit}–{limit} degrees)");
        }

        return value;
    }

    /// <summary>Latitude and longitude, both or neither.</summary>
    public (double? Latitude, double? Longitude) Point(int latitude, int longitude)
    {
        var lat = Coordinate(latitude, 90);
        var lon = Coordinate(longitude, 180);
        return lat is null != lon is null
            ? throw Error(lat is null ? latitude : longitude, "one coordinate is given without the other")
            : (lat, lon);
    }

    public DateOnly RequiredDate(int column, string[] formats)
    {
        // Fast path for the ISO dates most files carry: yyyy-MM-dd, parsed from the bytes.
        if (column >= 0 && reader.GetSpan(column) is { Length: 10 } iso && iso[4] == '-' && iso[7] == '-'
            && Digits(iso[..4], out var y) && Digits(iso[5..7], out var m) && Digits(iso[8..], out var d)
            && m is >= 1 and <= 12 && d >= 1 && y >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

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

    /// <summary>A small code (0–9) from a one-byte field, or -1.</summary>
    public int Digit(int column) =>
        column >= 0 && reader.GetSpan(column) is [var b] && b is >= (byte)'0' and <= (byte)'9' ? b - '0' : -1;

    private static bool Digits(ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        foreach (var b in span)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>
    /// An optional minus, digits and at most one point, 15 digits at most (the common form of a
    /// coordinate): the digits as an integer are exact in a double, and so is the power of ten
    /// that divides them, so the one rounding of the division gives the correctly rounded value
    /// that <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>
    /// would (Clinger's fast path). False for anything else, left to it.
    /// </summary>
    private static bool PlainDecimal(ReadOnlySpan<byte> span, out double value)
    {
        value = 0;
        var negative = span is [(byte)'-', ..];
        var (mantissa, digits, fraction, point) = (0L, 0, 0, false);
        foreach (var b in negative ? span[1..] : span)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                mantissa = (mantissa * 10) + (b - '0');
                digits++;
                fraction += point ? 1 : 0;
            }
            else if (b == (byte)'.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > 15)
        {
            return false;
        }

        value = mantissa / PowersOfTen[fraction];
        value = negative ? -value : value;
        return true;
    }

    private static string Clip(string? text) => text is null || text.Length <= 40 ? text ?? "" : string.Concat(text.AsSpan(0, 37), "...");
}
