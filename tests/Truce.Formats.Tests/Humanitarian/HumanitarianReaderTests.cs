using System.Text;
using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Formats.Humanitarian;

namespace Truce.Formats.Tests.Humanitarian;

public sealed class HumanitarianReaderTests
{
    private const string SiegeHeader = "id,besieged_area,governorate,area_pcodes,record_type,date,date_basis,besieging_parties,population_estimate,population_low,population_high,estimate_date,reporting_org,note,source_flag,date_qualifiers,source_key,source_url,source_quote";
    private const string ConvoyHeader = "id,date,date_end,destination,destination_pcode,organisation,status,trucks,beneficiaries,casualties,blocking_party_if_stated,note,source_flag,date_qualifiers,source_key,source_url,source_quote";

    private static MemoryStream Text(params string[] lines) => new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    private static string Siege(string type = "population_estimate", string date = "2016-10-05", string value = "275000", string low = "", string high = "", string area = "East Aleppo city") =>
        $"S1,{area},Aleppo,,{type},{date},,,{value},{low},{high},{date},UN OCHA,,,,k,http://example.org,'q'";

    private static string Convoy(string status = "delivered", string date = "2016-07-07", string end = "", string trucks = "", string people = "") =>
        $"V1,{date},{end},East Aleppo city,,UN,{status},{trucks},{people},,,,,,k,http://example.org,'q'";

    [Fact]
    public void A_siege_row_keeps_its_figure_its_organisation_and_its_source()
    {
        var row = Assert.Single(SiegeTableReader.Read(Text(SiegeHeader, Siege(value: "", low: "250000", high: "275000")), "s.csv"));
        Assert.Equal(SiegeRecordKind.PopulationEstimate, row.Kind);
        Assert.Equal(new PopulationFigure(null, 250_000, 275_000), row.Population);
        Assert.Equal("250,000–275,000", row.Population!.ToString());
        Assert.Equal(("UN OCHA", "s.csv", "S1", "http://example.org"), (row.ReportingOrg, row.Source.File, row.Source.Row, row.Source.Url));
    }

    [Theory]
    [InlineData("siege_began", "2016-07-07", "275000", "", "", 2, 5, "unknown record type 'siege_began'")]
    [InlineData("siege_start", "7 July 2016", "", "", "", 2, 6, "is not an ISO date")]
    [InlineData("population_estimate", "2016-10-05", "about 275000", "", "", 2, 9, "'about 275000' is not a whole number of people")]
    [InlineData("population_estimate", "2016-10-05", "", "300000", "250000", 2, 10, "low 300000 is above high 250000")]
    [InlineData("population_estimate", "2016-10-05", "275000", "250000", "", 2, 10, "either population_estimate or a low/high range")]
    public void A_bad_siege_row_is_refused_with_its_line_column_and_reason(string type, string date, string value, string low, string high, long line, int column, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => SiegeTableReader.Read(Text(SiegeHeader, Siege(type, date, value, low, high)), "s.csv"));
        Assert.Equal(("s.csv", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_siege_row_about_an_area_the_manifest_does_not_define_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => SiegeTableReader.Read(Text(SiegeHeader, Siege(area: "Foua and Kefraya")), "s.csv", a => a.StartsWith("East Aleppo", StringComparison.Ordinal)));
        Assert.Equal((2L, 2), (e.Line, e.Column));
        Assert.Contains("'Foua and Kefraya' is not an area of the manifest", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delivered (last entry before siege)", AccessKind.Delivered)]
    [InlineData("delivered (last food rations distributed)", AccessKind.Distribution)]
    [InlineData("delivered then attacked", AccessKind.DeliveredThenAttacked)]
    [InlineData("denied/aborted (evacuation)", AccessKind.Denied)]
    [InlineData("awaiting approval (not delivered)", AccessKind.AwaitingApproval)]
    [InlineData("approved (government claim)", AccessKind.Approved)]
    [InlineData("evacuation - detentions reported", AccessKind.Evacuation)]
    [InlineData("evacuation (cumulative)", AccessKind.Evacuation)]
    [InlineData("evacuation halted", AccessKind.EvacuationHalted)]
    [InlineData("Stocks exhausted", AccessKind.StocksExhausted)]
    public void A_status_means_what_its_leading_words_say(string status, AccessKind kind) => Assert.Equal(kind, ConvoyTableReader.KindOf(status));

    [Theory]
    [InlineData("31 (18 hit)", 31L)]
    [InlineData("20 buses; 10 ambulances", 20L)]
    [InlineData("~3,000 civilians and >40 wounded in first two convoys", 3_000L)]
    [InlineData("800,000 of 930,000 requested (all locations)", 800_000L)]
    [InlineData(">15,000 waiting", 15_000L)]
    [InlineData("17 damaged or destroyed", 17L)]
    [InlineData("dozens", null)]
    [InlineData("", null)]
    public void A_prose_count_gives_its_first_number_and_keeps_its_words(string text, long? count)
    {
        var row = Assert.Single(ConvoyTableReader.Read(Text(ConvoyHeader, Convoy(people: text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text)), "c.csv"));
        Assert.Equal(count, row.PeopleReached);
        Assert.Equal(text, row.Beneficiaries);
    }

    [Theory]
    [InlineData("escorted", "2016-07-07", "", 7, "unknown status 'escorted'")]
    [InlineData("delivered", "2016-13-01", "", 2, "is not an ISO date")]
    [InlineData("delivered", "2016-07-07", "2016-07-01", 3, "2016-07-01 is before the first day 2016-07-07")]
    public void A_bad_convoy_row_is_refused_with_its_line_column_and_reason(string status, string date, string end, int column, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => ConvoyTableReader.Read(Text(ConvoyHeader, Convoy(), Convoy(status, date, end).Replace("V1,", "V2,", StringComparison.Ordinal)), "c.csv"));
        Assert.Equal(("c.csv", 3L, column), (e.File, e.Line, e.Column));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_casualty_series_needs_only_date_area_killed_and_source()
    {
        var rows = CasualtySeriesReader.Read(Text("date,area,killed,source", "2016-04-27,SY020000,50,MSF", "2016-04,SY020000,55,EA WorldView"), "tolls.csv");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("tolls", "2", 50, "MSF"), (rows[0].Series, rows[0].Id, rows[0].Killed, rows[0].Reporter));
        Assert.True(rows[1].Overlaps(new DateOnly(2016, 4, 30), new DateOnly(2016, 5, 2)));
        Assert.False(rows[0].Overlaps(new DateOnly(2016, 4, 28), new DateOnly(2016, 5, 2)));
    }

    [Theory]
    [InlineData("date,area,killed", "2016-04-27,SY020000,50", 1L, 0, "the header has no column source")]
    [InlineData("date,area,killed,source,dead", "2016-04-27,SY020000,50,MSF,1", 1L, 5, "unknown column dead")]
    [InlineData("date,area,killed,source", "2016-04-27,SY020000,fifty,MSF", 2L, 3, "'fifty' is not a whole number")]
    [InlineData("date,area,killed,source", "2016-04-27,,50,MSF", 2L, 2, "every figure needs an area")]
    [InlineData("date,area,killed,source,qualifier", "2016-04-27,SY020000,50,MSF,roughly", 2L, 5, "unknown qualifier 'roughly'")]
    [InlineData("date,area,killed,source,killed_high", "2016-04-27,SY020000,50,MSF,40", 2L, 5, "40 is below killed 50")]
    public void A_bad_casualty_series_is_refused_with_its_line_column_and_reason(string header, string row, long line, int column, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => CasualtySeriesReader.Read(Text(header, row), "tolls.csv"));
        Assert.Equal(("tolls.csv", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_incident_tolls_keep_every_conflicting_al_quds_figure()
    {
        var quds = AleppoRecord.Value.Casualties.Where(c => c.Note.Contains("al-Quds", StringComparison.Ordinal)).ToList();
        Assert.Equal([14, 17, 27, 30, 50, 55], quds.Select(q => q.Killed).Order());
        Assert.Equal(6, quds.Select(q => q.Source.Url).Distinct().Count());
    }

    [Fact]
    public void The_bundled_manifest_defines_the_areas_parties_and_thresholds()
    {
        var record = AleppoRecord.Value;
        Assert.Equal(14, record.Areas.Count);
        Assert.Equal(["calm-a1", "calm-a4", "aid-30", "lists-agree-a1", "lists-agree-a4"], record.Conditions.Select(c => c.Id));
        var calm = record.Conditions[0];
        Assert.Equal((PreconditionKind.MaxConsensusViolations, "A1", 5, 7), (calm.Kind, calm.Agreement, calm.MaxPerDay, calm.Days));
        var place = Assert.Single(record.Places);
        Assert.Equal(("C1029", 36.94745, 36.14779), (place.Pcode, place.Longitude, place.Latitude));
    }

    [Theory]
    [InlineData("""{"format":"truce-humanitarian/1","files":{},"areas":[],"extra":1}""", "extra")]
    [InlineData("""{"format":"truce-humanitarian/2","files":{},"areas":[]}""", "unknown format")]
    [InlineData("""{"format":"truce-humanitarian/1","files":{},"areas":[],"conditions":[{"id":"c","name":"n","kind":"max-consensus-violations","agreement":"A1","days":7}]}""", "needs agreement, max_per_day and days")]
    [InlineData("""{"format":"truce-humanitarian/1","files":{},"areas":[],"conditions":[{"id":"c","name":"n","kind":"ceasefire-holds"}]}""", "unknown kind 'ceasefire-holds'")]
    [InlineData("""{"format":"truce-humanitarian/1","files":{},"areas":[{"id":"a","name":"A","names":["A"],"cite":""},{"id":"a","name":"B","names":["B"],"cite":""}]}""", "id 'a' is empty or used twice")]
    [InlineData("""{"format":"truce-humanitarian/1","files":{},"areas":[],"places":[{"pcode":"C1","name":"n","lon":200,"lat":0,"cite":""}]}""", "place C1: lon/lat out of range")]
    public void A_bad_manifest_is_refused_saying_why(string json, string reason)
    {
        var e = Assert.Throws<DataFormatException>(() => HumanitarianManifest.Read(Text(json), "h.json"));
        Assert.Equal("h.json", e.File);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_entry_of_the_manifest_is_refused_at_the_line_of_its_id()
    {
        var json = """
            {
              "format": "truce-humanitarian/1", "files": {}, "areas": [],
              "conditions": [
                { "id": "calm", "name": "n", "kind": "besieged-reached", "days": 7 },
                { "id": "lists", "name": "n", "kind": "exempt-sets-agree" }
              ]
            }
            """;
        var e = Assert.Throws<DataFormatException>(() => HumanitarianManifest.Read(Text(json), "h.json"));
        Assert.Equal(("h.json", 5L, "conditions"), (e.File, e.Line, e.Field));
        Assert.Contains("condition lists (exempt-sets-agree) needs agreement", e.Message, StringComparison.Ordinal);
    }
}
