using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Truce.Domain.Adjudication;
using Truce.Storage.Adjudication;
using Truce.Storage.Queries;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

public sealed class MapApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Aleppo = "36.9,36.0,37.4,36.4";

    private async Task<(HttpStatusCode Status, JsonElement Body, string? Type)> Get(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bins_add_up_to_the_stored_events_and_verdicts_of_the_box_and_window()
    {
        var (status, bins, _) = await Get($"/api/bins?bbox={Aleppo}&from=2016-11-15&to=2016-12-22&cell=0.05");
        Assert.Equal(HttpStatusCode.OK, status);

        // Expected, independently: the full event records and the stored verdicts, through the store's own queries.
        using var store = SqliteEventStore.Open(server.Db);
        var box = new BoundingBox(36.9, 36.0, 37.4, 36.4);
        var events = store.Events(new EventQuery { From = new DateOnly(2016, 11, 15), To = new DateOnly(2016, 12, 22), Bbox = box }).Select(r => r.Event).ToList();
        var keys = events.Select(AdjudicationService.Key).ToHashSet(StringComparer.Ordinal);
        var violations = store.Verdicts(new VerdictQuery { Agreement = "A1" })
            .Where(v => keys.Contains(v.EventKey) && v.Outcome == VerdictOutcome.Violation)
            .GroupBy(v => v.Stakeholder).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.InRange(events.Count, 100, 5000);

        var cells = bins.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(events.Count, bins.GetProperty("events").GetInt32());
        Assert.Equal(events.Count, cells.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(events.Sum(e => (long)e.Best), cells.Sum(c => c.GetProperty("best").GetInt64()));
        var agreements = bins.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        var stakeholders = bins.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(["us", "ru", "un-envoy"], stakeholders);
        var a1 = agreements.IndexOf("A1");
        foreach (var (s, i) in stakeholders.Select((s, i) => (s, i)))
        {
            Assert.Equal(violations.GetValueOrDefault(s), cells.Sum(c => c.GetProperty("violations")[(a1 * stakeholders.Count) + i].GetInt32()));
        }

        Assert.True(violations.GetValueOrDefault("us") > 0, "the window holds violations under A1");

        // Each cell's centre lies on the 0.05° grid, and every event falls in its cell.
        Assert.All(cells, c =>
        {
            var lon = c.GetProperty("longitude").GetDouble();
            Assert.Equal(0.025, Math.Round(lon - (Math.Floor(lon / 0.05) * 0.05), 6));
        });
        var expectedCells = events.GroupBy(e => (Math.Floor(e.Longitude!.Value / 0.05), Math.Floor(e.Latitude!.Value / 0.05))).Count();
        Assert.Equal(expectedCells, cells.Count);
    }

    [Fact]
    public async Task Weekly_series_count_the_same_events_as_the_bins_and_start_on_mondays()
    {
        var (_, weekly, _) = await Get("/api/bins/weekly?from=2016-10-01&to=2016-12-31");
        var (_, bins, _) = await Get("/api/bins?from=2016-10-01&to=2016-12-31&cell=1");
        var weeks = weekly.GetProperty("weeks").EnumerateArray().ToList();
        var broad = weekly.GetProperty("broadlyDated");
        Assert.Equal(bins.GetProperty("events").GetInt64(), weeks.Sum(w => w.GetProperty("events").GetInt64()) + broad.GetProperty("events").GetInt64());
        Assert.Equal(bins.GetProperty("best").GetInt64(), weeks.Sum(w => w.GetProperty("best").GetInt64()) + broad.GetProperty("best").GetInt64());
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(w.GetProperty("week").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
        Assert.Equal("2016-09-26", weeks[0].GetProperty("week").GetString());
        Assert.Equal(14, weeks.Count);
    }

    [Fact]
    public async Task Events_dated_to_more_than_a_week_are_kept_out_of_the_weekly_series_and_counted_apart()
    {
        // Python over the CSV: 143 events with a point start in 1–7 Jan 2016; 7 of them span more than a week
        // (UCDP dates some to the whole year) and carry 16,533 of the 16,963 deaths.
        var (_, weekly, _) = await Get("/api/bins/weekly?from=2016-01-01&to=2016-01-07");
        var weeks = weekly.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal((7L, 16_533L), (weekly.GetProperty("broadlyDated").GetProperty("events").GetInt64(), weekly.GetProperty("broadlyDated").GetProperty("best").GetInt64()));
        Assert.Equal((136L, 430L), (weeks.Sum(w => w.GetProperty("events").GetInt64()), weeks.Sum(w => w.GetProperty("best").GetInt64())));
    }

    [Theory]
    [InlineData("ru", "permitted")]
    [InlineData("us", "violation")]
    [InlineData("un-envoy", "permitted")]
    public async Task An_event_point_carries_the_selected_stakeholders_verdict(string stakeholder, string outcome)
    {
        var (status, points, type) = await Get($"/api/events/geojson?bbox=36.5,35.7,36.7,35.9&from=2016-10-31&to=2016-10-31&agreement=A1&stakeholder={stakeholder}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        var feature = points.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "ucdp-ged:233028");
        Assert.Equal(outcome, feature.GetProperty("properties").GetProperty("outcome").GetString());
        Assert.True(feature.GetProperty("properties").GetProperty("disputed").GetBoolean());
        Assert.Equal([36.610978, 35.812335], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public async Task Disputed_only_points_have_no_outcome_and_flag_the_two_disputed_events()
    {
        var (_, points, _) = await Get("/api/events/geojson?stakeholder=disputed&agreement=A1&limit=50000");
        var features = points.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(points.GetProperty("numberMatched").GetInt32(), features.Count);
        Assert.All(features, f => Assert.False(f.GetProperty("properties").TryGetProperty("outcome", out _)));
        Assert.Equal(["ucdp-ged:233028", "ucdp-ged:308309"], features.Where(f => f.GetProperty("properties").GetProperty("disputed").GetBoolean()).Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Control_areas_follow_the_records_of_the_day_and_leave_unknown_polygons_blank()
    {
        var (status, before, type) = await Get("/api/control/areas?at=2016-11-20");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/geo+json", type);
        var (_, after, _) = await Get("/api/control/areas?at=2016-12-23");
        JsonElement Hanano(JsonElement fc) => fc.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "N0129").GetProperty("properties");
        Assert.Equal("Opposition/rebels", Hanano(before).GetProperty("controller").GetString());
        Assert.Equal(["aleppo_control.csv#C031"], Hanano(before).GetProperty("records").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Government/allies", Hanano(after).GetProperty("controller").GetString());
        Assert.Equal("medium", Hanano(after).GetProperty("confidence").GetString());

        // Mokhayam Handarat (N0227) has records only from August 2016: unknown in July.
        var (_, july, _) = await Get("/api/control/areas?at=2016-07-15");
        var handarat = july.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "N0227").GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, handarat.GetProperty("controller").ValueKind);
        Assert.False(handarat.GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task The_basemap_holds_every_governorate_and_district_simplified()
    {
        using var response = await server.Client.GetAsync(new Uri("/api/basemap", UriKind.Relative), TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(bytes);
        var levels = doc.RootElement.GetProperty("features").EnumerateArray().GroupBy(f => f.GetProperty("properties").GetProperty("level").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(14, levels["admin1"]);
        Assert.Equal(62, levels["admin2"]);
        var raw = new FileInfo(Testing.RepoFiles.Ocha("syr_admin1.geojson")).Length + new FileInfo(Testing.RepoFiles.Ocha("syr_admin2.geojson")).Length;
        Assert.InRange(bytes.Length, 10_000, raw / 5);
    }

    [Theory]
    [InlineData("/api/bins?cell=0", "cell: 0 is outside (0, 10] degrees")]
    [InlineData("/api/bins?cell=0.0001", "cell: 0.0001 degrees makes 6,480,005,400,001 cells over the box; at most 1,048,576")]
    [InlineData("/api/bins?bbox=1,2,3", "bbox: '1,2,3' is not four numbers west,south,east,north")]
    [InlineData("/api/bins/weekly?from=2016-02-01&to=2016-01-01", "to: 2016-01-01 is before from (2016-02-01)")]
    [InlineData("/api/events/geojson?stakeholder=eu", "stakeholder: 'eu' is not one of: us, ru, un-envoy, disputed")]
    [InlineData("/api/events/geojson?agreement=A9", "agreement: 'A9' is not one of: A1, A4")]
    [InlineData("/api/events/geojson?limit=50001", "limit: 50001 is outside 1..50000")]
    [InlineData("/api/control/areas", "at: a day (YYYY-MM-DD) is required")]
    [InlineData("/api/control/areas?at=2016-02-30", "at: '2016-02-30' is not a date (YYYY-MM-DD)")]
    public async Task Bad_map_query_values_are_a_400_problem_naming_the_parameter(string path, string detail)
    {
        var (status, body, _) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }
}
