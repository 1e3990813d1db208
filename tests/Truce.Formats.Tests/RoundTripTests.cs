using System.Text;
using Truce.Domain.Events;
using Truce.Formats.Acled;
using Truce.Formats.Csv;
using Truce.Formats.GeoJson;
using Truce.Formats.Hxl;
using Truce.Formats.Ucdp;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class RoundTripTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static List<EventRevision> RealEvents()
    {
        using var ucdp = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        using var acled = new AcledReader(new MemoryStream(Encoding.UTF8.GetBytes(AcledFixture.File)), "acled.csv");
        // Every 7th UCDP row (2,367 rows, the multi-line ones among them) and the ACLED fixture.
        return
        [
            .. ucdp.ReadEvents().Select(r => r.Event!).Where((e, i) => i % 7 == 0 || e.Original.Values.Any(v => v.Contains('\n', StringComparison.Ordinal)))
                .Concat(acled.ReadEvents().Select(r => r.Event!))
                .Select((e, i) => new EventRevision(e, 1 + (i % 3), Recorded, null, new AdminCodes("SY02", i % 2 == 0 ? "SY0200" : null, null))),
        ];
    }

    [Fact]
    public void CSV_written_by_Truce_reads_back_to_the_same_records()
    {
        var events = RealEvents();
        var text = new StringWriter();
        EventCsvWriter.Write(events, text);
        using var reader = new TruceCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "export.csv");
        var back = reader.ReadEvents().Select(r => r.Event!).ToList();
        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < back.Count; i++)
        {
            Assert.Equal(events[i].Event, back[i]);
        }
    }

    [Fact]
    public void GeoJSON_written_by_Truce_reads_back_to_the_same_records()
    {
        var events = RealEvents();
        var buffer = new MemoryStream();
        EventGeoJsonWriter.Write(events, buffer);
        using var reader = new EventGeoJsonReader(new MemoryStream(buffer.ToArray()), "export.geojson");
        var back = reader.ReadEvents().Select(r => r.Event!).ToList();
        Assert.Equal(events.Select(e => e.Event), back);
    }

    [Fact]
    public void GeoJSON_is_RFC_7946_longitude_first_with_precision_codes_in_properties()
    {
        var e = RealEvents()[0];
        var buffer = new MemoryStream();
        EventGeoJsonWriter.Write([e], buffer);
        using var doc = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        var feature = doc.RootElement.GetProperty("features")[0];
        var xy = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((e.Event.Longitude!.Value, e.Event.Latitude!.Value), (xy[0].GetDouble(), xy[1].GetDouble()));
        Assert.Equal(e.Event.GeoPrecision, feature.GetProperty("properties").GetProperty("geo_precision").GetInt32());
        Assert.Equal(e.Event.DatePrecision, feature.GetProperty("properties").GetProperty("date_precision").GetInt32());
        Assert.False(doc.RootElement.TryGetProperty("crs", out _));
    }

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised_and_restored()
    {
        var e = RealEvents()[0];
        var hostile = e with { Event = e.Event with { Actor1 = "=HYPERLINK(\"http://x\")", Notes = "+1", Location = "'quoted" } };
        var text = new StringWriter();
        EventCsvWriter.Write([hostile], text);
        var line = text.ToString().Split('\n')[1];
        Assert.Contains("'=HYPERLINK", line, StringComparison.Ordinal);
        Assert.Contains(",'+1,", line, StringComparison.Ordinal);
        using var reader = new TruceCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "x.csv");
        Assert.Equal(hostile.Event, reader.ReadEvents().Single().Event);
    }

    [Fact]
    public void HXL_export_has_a_hashtag_row_with_HDX_tags_and_reads_back()
    {
        var events = RealEvents().Take(50).ToList();
        var text = new StringWriter();
        HxlEventWriter.Write(events, text);
        var lines = text.ToString().Split('\n');
        var names = lines[0].Split(',');
        var tags = lines[1].Split(',');
        Assert.Equal("#date+occurred", tags[Array.IndexOf(names, "event_date")]);
        Assert.Equal("#group+name+first", tags[Array.IndexOf(names, "actor1")]);
        Assert.Equal("#affected+killed", tags[Array.IndexOf(names, "fatalities")]);
        Assert.Equal("#geo+lat", tags[Array.IndexOf(names, "latitude")]);
        Assert.Equal("#adm1+code", tags[Array.IndexOf(names, "adm1_pcode")]);
        using var reader = new TruceCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "x.hxl.csv");
        Assert.Equal(events.Select(e => e.Event), reader.ReadEvents().Select(r => r.Event!));
    }
}
