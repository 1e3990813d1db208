using System.Text;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Acled;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class AcledReaderTests
{
    private static List<ConflictEvent> Read(string text)
    {
        using var reader = new AcledReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "acled.csv");
        return [.. reader.ReadEvents().Select(r => r.Event!)];
    }

    [Fact]
    public void Dates_like_02_June_2016_and_ISO_dates_both_read()
    {
        var events = Read(AcledFixture.File);
        Assert.Equal([new DateOnly(2016, 6, 2), new DateOnly(2016, 6, 3), new DateOnly(2016, 7, 4)], events.Select(e => e.DateStart));
        Assert.All(events, e => Assert.Equal(e.DateStart, e.DateEnd));
    }

    [Fact]
    public void Inter_codes_are_kept_as_given_whether_numbers_or_labels()
    {
        var events = Read(AcledFixture.File);
        Assert.Equal(("1", "7"), (events[0].Inter1, events[0].Inter2));
        Assert.Equal(("Rebel group", "State forces"), (events[1].Inter1, events[1].Inter2));
    }

    [Fact]
    public void Fatalities_fill_best_low_and_high_and_the_dyad_joins_the_actors()
    {
        var e = Read(AcledFixture.File)[0];
        Assert.Equal((5, 5, 5), (e.Best, e.Low, e.High));
        Assert.Equal("Military Forces of Testland (2000-) - Civilians (Testland)", e.Dyad);
        Assert.Equal(AdminLevel.Admin3, e.SupportedAdminLevel);
        Assert.Equal(1700000000, e.Timestamp);
        Assert.Equal(31, e.Original.Count);
    }

    [Fact]
    public void A_multi_line_note_with_quotes_is_read_whole()
    {
        Assert.Equal("A note\nover two lines, with \"quotes\".", Read(AcledFixture.File)[1].Notes);
    }

    [Fact]
    public void Geo_precision_three_supports_admin1_only()
    {
        Assert.Equal(AdminLevel.Admin1, Read(AcledFixture.File)[2].SupportedAdminLevel);
    }

    [Theory]
    [InlineData(",1,Test Monitor,", ",4,Test Monitor,", 25, "geo_precision", "unknown precision code '4' (ACLED geo_precision is 1–3)")]
    [InlineData(",2016,1,Political", ",2016,0,Political", 4, "time_precision", "unknown precision code '0'")]
    [InlineData(",,1,Civilians", ",,Warlords,Civilians", 10, "inter1", "'Warlords' is neither an ACLED inter code")]
    [InlineData("02 June 2016", "31 June 2016", 2, "event_date", "is not a date")]
    public void A_bad_value_stops_the_read_at_its_line_column_and_field(string find, string replace, int column, string field, string reason)
    {
        var lines = AcledFixture.File.Split('\n');
        lines[1] = lines[1].Replace(find, replace, StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => Read(string.Join('\n', lines)));
        Assert.Equal((2L, column, field), (e.Line, e.Column, e.Field));
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UCDP_file_given_as_ACLED_is_refused_with_a_hint()
    {
        var e = Assert.Throws<DataFormatException>(() => Read(File.ReadLines(RepoFiles.UcdpSyria).First() + "\n"));
        Assert.Contains("looks like ucdp (use --format ucdp)", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("8", true)]
    [InlineData("9", false)]
    [InlineData("External/Other forces", true)]
    [InlineData("rebel GROUP", true)]
    [InlineData("Rebels", false)]
    public void Inter_codes_accept_numbers_0_to_8_and_the_codebook_labels(string value, bool valid)
    {
        Assert.Equal(valid, AcledInterCodes.IsValid(value));
    }
}
