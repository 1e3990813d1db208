using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Reading;
using Truce.Formats.Ucdp;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class UcdpGedReaderTests
{
    private static readonly string Header = File.ReadLines(RepoFiles.UcdpSyria).First();
    private static readonly string Row = File.ReadLines(RepoFiles.UcdpSyria).ElementAt(2); // id 214804, one line

    private static List<EventRow> ReadText(string text, ReaderOptions? options = null)
    {
        using var reader = new UcdpGedReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "bad.csv", options);
        return [.. reader.ReadEvents()];
    }

    /// <summary>The header and row 214804 with one field replaced.</summary>
    private static string WithField(string field, string value)
    {
        var i = Array.IndexOf(Header.Split(','), field);
        // Only source_article (index 14) holds commas, inside quotes: it splits into extra pieces.
        var parts = Row.Split(',').ToList();
        var extra = parts.Count - Header.Split(',').Length;
        parts[i + (i > 14 ? extra : 0)] = value;
        return Header + "\n" + string.Join(",", parts) + "\n";
    }

    [Fact]
    public void The_real_Syria_extract_reads_whole_with_the_published_totals()
    {
        using var reader = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        var events = reader.ReadEvents().Select(r => r.Event!).ToList();
        // Independently computed with Python's csv module over the same file.
        Assert.Equal(16566, events.Count);
        Assert.Equal(112337, events.Sum(e => e.Best));
        Assert.Equal(104929, events.Sum(e => e.Low));
        Assert.Equal(119020, events.Sum(e => e.High));
        Assert.Equal(6170, events.Count(e => e.DateStart.Year == 2016));
        Assert.Equal(339, events.Count(e => e.Admin1Name is null));
        Assert.Equal(101, reader.WarningCount); // best outside low..high, kept as published
        Assert.All(events, e => Assert.Equal(41, e.Original.Count));
    }

    [Fact]
    public void Multi_line_fields_are_kept_and_later_rows_keep_their_line_numbers()
    {
        using var reader = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        var rows = reader.ReadEvents().ToList();
        var row = rows.Single(r => r.Event!.SourceId == "217846");
        Assert.Equal(883, row.Line);
        Assert.Contains(row.Event!.Original.Values, v => v.Contains('\n', StringComparison.Ordinal));
        Assert.Equal(3, rows.Single(r => r.Event!.SourceId == "214804").Line);
    }

    [Fact]
    public void A_row_maps_to_the_UCDP_semantics()
    {
        var e = ReadText(Header + "\n" + Row + "\n").Single().Event!;
        Assert.Equal(EventDataset.UcdpGed, e.Dataset);
        Assert.Equal("214804", e.SourceId);
        Assert.Equal(new DateOnly(2016, 1, 1), e.DateStart);
        Assert.Equal((1, 2), (e.DatePrecision, e.GeoPrecision));
        Assert.Equal(1, e.ViolenceType);
        Assert.Equal("Government of Syria - Syrian insurgents", e.Dyad);
        Assert.Equal((35.688342, 36.449962), (e.Latitude, e.Longitude));
        Assert.Equal((2, 2, 2, 2), (e.Best, e.Low, e.High, e.DeathsCivilians));
        Assert.Equal(AdminLevel.Admin3, e.SupportedAdminLevel);
        Assert.Equal("Ein Laroz town", e.Original["where_coordinates"]);
    }

    [Theory]
    [InlineData("latitude", "north", 24, "is not a number")]
    [InlineData("latitude", "95.5", 24, "out of range")]
    [InlineData("longitude", "-181", 25, "out of range")]
    [InlineData("where_prec", "8", 20, "unknown precision code '8' (UCDP where_prec is 1–7)")]
    [InlineData("date_prec", "6", 32, "unknown precision code '6' (UCDP date_prec is 1–5)")]
    [InlineData("date_end", "2015-12-31", 34, "ends (2015-12-31) before it starts (2016-01-01)")]
    [InlineData("best", "-1", 40, "out of range")]
    [InlineData("date_start", "01/01/2016", 33, "is not a date")]
    public void A_bad_value_stops_the_read_at_its_line_column_and_field(string field, string value, int column, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(WithField(field, value)));
        Assert.Equal(("bad.csv", 2L, column, field), (e.File, e.Line, e.Column, e.Field));
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_rejected_as_a_whole()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Header + "\n" + Row + "\n" + Row + ",extra\n"));
        Assert.Equal((3L, 0), (e.Line, e.Column));
        Assert.Equal("42 fields where the header has 41", e.Reason);
    }

    [Fact]
    public void Skipping_bad_rows_returns_them_as_rejects_with_their_reasons()
    {
        var text = WithField("latitude", "north") + Row + "\n";
        var rows = ReadText(text, new ReaderOptions { SkipBadRows = true });
        Assert.Equal(2, rows.Count);
        Assert.Equal("latitude", rows[0].Reject!.Field);
        Assert.NotNull(rows[1].Event);
    }

    [Fact]
    public void An_empty_file_is_an_error_not_an_empty_import()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(""));
        Assert.Equal(1, e.Line);
        Assert.Contains("empty", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_from_another_format_says_which_format_it_looks_like()
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(AcledFixture.File));
        Assert.Contains("missing column(s) id, type_of_violence", e.Reason, StringComparison.Ordinal);
        Assert.Contains("looks like acled (use --format acled)", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_coordinates_outside_the_country_are_warned_about_not_rejected()
    {
        var syria = new Envelope(35.7, 42.4, 32.3, 37.4);
        using var reader = new UcdpGedReader(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + Row.Replace("35.688342,36.449962", "36.449962,35.688342", StringComparison.Ordinal) + "\n")), "w.csv",
            new ReaderOptions { CountryExtent = syria });
        Assert.Single(reader.ReadEvents());
        var w = Assert.Single(reader.Warnings);
        Assert.Equal((2L, 24, "latitude"), (w.Line, w.Column, w.Field));
        Assert.Contains("look swapped", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CRLF_and_BOM_files_read_the_same_as_LF_files()
    {
        var lf = ReadText(Header + "\n" + Row + "\n").Single().Event!;
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Header + "\r\n" + Row + "\r\n")).ToArray();
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "crlf.csv");
        var crlf = reader.ReadEvents().Single().Event!;
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void Invalid_UTF8_in_a_row_stops_the_read_with_its_location()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + Row.Replace("Ein Laroz town", "Ein Laroz t\u00f6wn", StringComparison.Ordinal) + "\n");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "u.csv");
        var e = Assert.Throws<DataFormatException>(() => reader.ReadEvents().ToList());
        Assert.Equal((2L, 21, "where_coordinates"), (e.Line, e.Column, e.Field));
        Assert.Contains("invalid UTF-8: byte 0xFF", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_left_undecoded_is_still_checked_for_invalid_UTF8()
    {
        // The headline (source_headline, column 18) gets an invalid byte: it is not decoded, but the record is still checked.
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + Row.Replace(",Bombardment targets Idlib and Hama,SOHR,", ",Bombardment t\u00e4rgets Idlib and Hama,SOHR,", StringComparison.Ordinal) + "\n");
        bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xFF;
        using var reader = new UcdpGedReader(new MemoryStream(bytes), "u.csv", new ReaderOptions { DecodeFreeText = false });
        var error = Assert.Throws<DataFormatException>(() => reader.ReadEvents().ToList());
        Assert.Equal((18, "source_headline"), (error.Column, error.Field));
        using var clean = new UcdpGedReader(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + Row + "\n")), "c.csv", new ReaderOptions { DecodeFreeText = false });
        var e = clean.ReadEvents().Single().Event!;
        Assert.Null(e.Sources);
        Assert.Null(e.Notes);
        Assert.NotNull(e.Location);
    }
}
