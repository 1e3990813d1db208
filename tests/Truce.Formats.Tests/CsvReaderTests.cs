using System.Text;
using Truce.Domain.Errors;
using Truce.Formats.Csv;

namespace Truce.Formats.Tests;

public sealed class CsvReaderTests
{
    private static CsvReader Reader(string text, int bufferSize = 1 << 16) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv", bufferSize: bufferSize);

    private static CsvReader Reader(byte[] bytes) => new(new MemoryStream(bytes), "t.csv");

    [Fact]
    public void Quoted_fields_may_span_lines_and_lines_are_counted_physically()
    {
        using var r = Reader("a,b\n1,\"x\ny\"\n2,z\n");
        Assert.True(r.Read());
        Assert.True(r.Read());
        Assert.Equal("x\ny", r.GetString(1));
        Assert.Equal(2, r.Line);
        Assert.True(r.Read());
        Assert.Equal(4, r.Line);
        Assert.Equal("z", r.GetString(1));
        Assert.False(r.Read());
    }

    [Fact]
    public void A_BOM_is_skipped_and_CRLF_ends_records()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,name\r\n1,\"a \"\"b\"\"\"\r\n")).ToArray();
        using var r = Reader(bytes);
        Assert.True(r.Read());
        Assert.Equal("id", r.GetString(0));
        Assert.True(r.Read());
        Assert.Equal("a \"b\"", r.GetString(1));
        Assert.Equal(2, r.Line);
        Assert.Equal(12, r.RecordOffset);
        Assert.False(r.Read());
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_it_opened()
    {
        using var r = Reader("a,b\n1,2\n3,\"open\n4,5\n");
        r.Read();
        r.Read();
        var e = Assert.Throws<DataFormatException>(() => r.Read());
        Assert.Equal(3, e.Line);
        Assert.Equal(2, e.Column);
        Assert.Contains("unterminated", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error_at_its_column()
    {
        using var r = Reader("a,b,c\n1,2,x\"y\n");
        r.Read();
        r.Header = ["a", "b", "c"];
        var e = Assert.Throws<DataFormatException>(() => r.Read());
        Assert.Equal((2L, 3, "c"), (e.Line, e.Column, e.Field));
    }

    [Fact]
    public void Invalid_UTF8_names_the_line_the_column_and_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,ok\n2,caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        using var r = Reader(bytes);
        r.Read();
        r.Read();
        var e = Assert.Throws<DataFormatException>(() => r.Read());
        Assert.Equal((3L, 2), (e.Line, e.Column));
        Assert.Contains("0xE9", e.Reason, StringComparison.Ordinal);
        Assert.Contains("byte 4", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_longer_than_the_buffer_are_read_whole()
    {
        var longText = new string('x', 5000);
        using var r = Reader($"a,b\n1,\"{longText}\"\n2,{longText}\n", bufferSize: 16);
        r.Read();
        r.Read();
        Assert.Equal(longText, r.GetString(1));
        r.Read();
        Assert.Equal(longText, r.GetString(1));
        Assert.Equal(3, r.Line);
    }

    [Fact]
    public void A_record_knows_its_raw_bytes()
    {
        var text = "a,b\n1,\"two\nlines\"\n2,c";
        using var r = Reader(text);
        r.Read();
        r.Read();
        Assert.Equal("1,\"two\nlines\"\n", text.Substring((int)r.RecordOffset, r.RecordLength));
        r.Read();
        Assert.Equal("2,c", text.Substring((int)r.RecordOffset, r.RecordLength));
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        using var r = Reader("a\n\n\n1\n");
        r.Read();
        r.Read();
        Assert.Equal(4, r.Line);
        Assert.Equal("1", r.GetString(0));
    }

    [Fact]
    public void A_character_split_by_a_delimiter_is_invalid_UTF8_in_the_field_holding_its_lead_byte()
    {
        // 0xC3 0xA9 is 'é'; split across two fields, neither field is valid UTF-8 on its own.
        var bytes = Encoding.UTF8.GetBytes("a,b\nx").Concat(new byte[] { 0xC3, (byte)',', 0xA9, (byte)'\n' }).ToArray();
        using var r = Reader(bytes);
        r.Read();

        var e = Assert.Throws<DataFormatException>(() => r.Read());

        Assert.Equal((2L, 1), (e.Line, e.Column));
        Assert.Contains("byte 0xC3 at byte 2 of the field", e.Reason, StringComparison.Ordinal);
    }
}
