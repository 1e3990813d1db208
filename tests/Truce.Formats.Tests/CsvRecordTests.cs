using System.Globalization;
using System.Text;
using Truce.Domain.Errors;
using Truce.Formats.Csv;

namespace Truce.Formats.Tests;

public sealed class CsvRecordTests
{
    [Fact]
    public void Plain_decimals_parse_to_the_same_double_as_double_Parse()
    {
        var random = new Random(4326);
        var texts = new List<string> { "0", "-0", "-0.0", "5.", ".5", "-.5", "35.688342", "36.449962", "-179.999999999999", "999999999999999", "0.000000000000001", "90", "007.50" };
        for (var i = 0; i < 20_000; i++)
        {
            var digits = new string([.. Enumerable.Range(0, 1 + random.Next(17)).Select(_ => (char)('0' + random.Next(10)))]);
            var point = random.Next(digits.Length + 1);
            texts.Add((random.Next(2) == 0 ? "-" : "") + digits[..point] + (random.Next(4) == 0 ? "" : ".") + digits[point..]);
        }

        var values = Read(texts, (r, _) => r.Coordinate(0, double.MaxValue));

        for (var i = 0; i < texts.Count; i++)
        {
            var expected = double.Parse(texts[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(values[i]!.Value), $"{texts[i]}: {values[i]:R} instead of {expected:R}");
        }
    }

    [Fact]
    public void Integers_parse_as_int_Parse_does_and_keep_their_errors()
    {
        var texts = new[] { "0", "7", "007", "123456789", "1234567890", "-5", "+5", "2.0", "2147483647" };

        var values = Read(texts, (r, _) => r.OptionalInt(0, int.MinValue, int.MaxValue));

        Assert.Equal(new int?[] { 0, 7, 7, 123456789, 1234567890, -5, 5, 2, int.MaxValue }, values);
        var error = Assert.Throws<DataFormatException>(() => Read(["12a"], (r, _) => r.OptionalInt(0, 0, 100)));
        Assert.Equal("'12a' is not an integer", error.Reason);
        error = Assert.Throws<DataFormatException>(() => Read(["101"], (r, _) => r.OptionalInt(0, 0, 100)));
        Assert.Equal("101 is out of range (0–100)", error.Reason);
    }

    [Fact]
    public void A_label_repeated_by_the_next_row_or_seen_before_is_the_same_string()
    {
        var labels = Read(["Aleppo", "Aleppo", "Idlib", "Aleppo", "Idlib"], (r, _) => r.Label(0));

        Assert.Equal(["Aleppo", "Aleppo", "Idlib", "Aleppo", "Idlib"], labels);
        Assert.Same(labels[0], labels[1]);
        Assert.Same(labels[0], labels[3]);
        Assert.Same(labels[2], labels[4]);
    }

    private static List<T> Read<T>(IReadOnlyList<string> cells, Func<CsvRecord, int, T> get)
    {
        var text = "value\n" + string.Concat(cells.Select(c => c + "\n"));
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv");
        reader.Read();
        var record = new CsvRecord(reader, ["value"], keepOriginal: false, new Utf8StringPool());
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(get(record, values.Count));
        }

        return values;
    }
}
