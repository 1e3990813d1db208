using System.Net;
using System.Text.Json;
using Truce.Domain.Control;
using Truce.Storage.Adjudication;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

public sealed class OgcApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Fetch(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, doc.RootElement.Clone());
    }

    /// <summary>Every feature of an items query, following next links; the counts each page declared.</summary>
    private async Task<(List<string> Ids, long Matched)> All(string path)
    {
        var ids = new List<string>();
        long matched = -1;
        for (var pages = 0; path is not null; pages++)
        {
            Assert.True(pages < 200, "paging does not end");
            var (status, mediaType, page) = await Fetch(path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("application/geo+json", mediaType);
            var features = page.GetProperty("features").EnumerateArray().ToList();
            Assert.Equal(features.Count, page.GetProperty("numberReturned").GetInt32());
            matched = page.GetProperty("numberMatched").GetInt64();
            ids.AddRange(features.Select(f => f.GetProperty("id").GetString()!));
            var next = page.GetProperty("links").EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == "next");
            path = next.ValueKind == JsonValueKind.Object ? new Uri(next.GetProperty("href").GetString()!).PathAndQuery : null!;
        }

        return (ids, matched);
    }

    private static List<string> FileIds(Func<Domain.Events.ConflictEvent, bool> keep) =>
        [.. UcdpFile.Events.Where(keep).OrderBy(e => e.DateStart).ThenBy(e => e.SourceId, StringComparer.Ordinal).Select(e => $"ucdp-ged:{e.SourceId}")];

    [Fact]
    public async Task The_landing_page_links_the_API_definition_the_conformance_classes_and_the_collections()
    {
        var (status, mediaType, body) = await Fetch("/ogc");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        var links = body.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!, l => new Uri(l.GetProperty("href").GetString()!).AbsolutePath);
        Assert.Equal("/openapi/v1.json", links["service-desc"]);
        Assert.Equal("/ogc/conformance", links["conformance"]);
        Assert.Equal("/ogc/collections", links["data"]);
        Assert.Equal("/ogc", links["self"]);

        var (_, _, api) = await Fetch(links["service-desc"]);
        Assert.StartsWith("3.0", api.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(api.GetProperty("paths").TryGetProperty("/ogc/collections/{collectionId}/items", out _));
    }

    [Fact]
    public async Task Conformance_declares_core_GeoJSON_and_OpenAPI_3()
    {
        var (_, mediaType, body) = await Fetch("/ogc/conformance");
        Assert.Equal("application/json", mediaType);
        Assert.Equal(
            ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"],
            body.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_events_collection_spans_the_points_and_days_of_the_UCDP_file()
    {
        var (status, _, body) = await Fetch("/ogc/collections");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["events", "control-areas"], body.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var (_, _, events) = await Fetch("/ogc/collections/events");
        var located = UcdpFile.Events.Where(e => e.HasPoint).ToList();
        Assert.Equal(
            [located.Min(e => e.Longitude!.Value), located.Min(e => e.Latitude!.Value), located.Max(e => e.Longitude!.Value), located.Max(e => e.Latitude!.Value)],
            events.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()));
        var interval = events.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal($"{UcdpFile.Events.Min(e => e.DateStart):yyyy-MM-dd}T00:00:00Z", interval[0].GetString());
        Assert.Equal($"{UcdpFile.Events.Max(e => e.DateEnd):yyyy-MM-dd}T23:59:59Z", interval[1].GetString());
        var items = events.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "items");
        Assert.Equal("application/geo+json", items.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Items_in_a_box_and_an_interval_are_the_file_s_events_there_then_over_every_page()
    {
        var (ids, matched) = await All("/ogc/collections/events/items?bbox=37.05,36.15,37.25,36.30&datetime=2016-12-01T00:00:00Z/2016-12-15T23:59:59Z&limit=7");
        var expected = FileIds(e => e.HasPoint && e.Longitude >= 37.05 && e.Longitude <= 37.25 && e.Latitude >= 36.15 && e.Latitude <= 36.30
            && e.DateStart >= new DateOnly(2016, 12, 1) && e.DateStart <= new DateOnly(2016, 12, 15));
        Assert.True(expected.Count > 14, $"only {expected.Count} events: the query should span several pages");
        Assert.Equal(expected, ids);
        Assert.Equal(expected.Count, matched);
    }

    [Theory]
    [InlineData("../2016-01-05T00:00:00Z", "0001-01-01", "2016-01-05")]
    [InlineData("2019-11-20T00:00:00Z/..", "2019-11-20", "9999-12-31")]
    [InlineData("2016-12-01T12:30:00Z", "2016-12-01", "2016-12-01")]
    [InlineData("2016-12-02T01:30:00+03:00", "2016-12-01", "2016-12-01")]
    [InlineData("2016-12-01/2016-12-03", "2016-12-01", "2016-12-03")]
    [InlineData("2016-12-01T/2016-12-03T", "2016-12-01", "2016-12-03")]
    public async Task Instants_and_open_intervals_select_on_the_UTC_day_of_date_start(string datetime, string first, string last)
    {
        var (ids, matched) = await All($"/ogc/collections/events/items?datetime={Uri.EscapeDataString(datetime)}&limit=10000");
        var expected = FileIds(e => e.DateStart >= DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture) && e.DateStart <= DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
        Assert.Equal(expected.Count, matched);
    }

    [Fact]
    public async Task The_default_page_holds_10_features_and_a_limit_above_10000_is_lowered_to_it()
    {
        var (_, _, first) = await Fetch("/ogc/collections/events/items");
        Assert.Equal(10, first.GetProperty("numberReturned").GetInt32());
        Assert.Equal(UcdpFile.Events.Count, first.GetProperty("numberMatched").GetInt64());
        var (status, _, big) = await Fetch("/ogc/collections/events/items?limit=50000");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10_000, big.GetProperty("numberReturned").GetInt32());
        Assert.Contains(big.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "next" && l.GetProperty("href").GetString()!.Contains("offset=10000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_control_area_query_at_a_point_and_day_finds_record_C047_as_the_timeline_does()
    {
        var (ids, matched) = await All("/ogc/collections/control-areas/items?bbox=37.1821,36.2165,37.1823,36.2167&datetime=2016-11-20T00:00:00Z");
        Assert.Equal(["aleppo_control.csv#C047"], ids);
        Assert.Equal(1, matched);
        var (_, _, feature) = await Fetch("/ogc/collections/control-areas/items/aleppo_control.csv%23C047");
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Contains(feature.GetProperty("geometry").GetProperty("type").GetString(), (string[])["Polygon", "MultiPolygon"]);
        var p = feature.GetProperty("properties");
        Assert.Equal("Opposition/rebels", p.GetProperty("controller").GetString());
        Assert.Equal("N0134", p.GetProperty("area_code").GetString());
        Assert.Equal("2016-11-28", p.GetProperty("to").GetString());
        Assert.Equal("internaz_nov28", p.GetProperty("source_key").GetString());
    }

    [Fact]
    public async Task Control_areas_on_a_day_are_the_records_in_force_that_day()
    {
        var (ids, _) = await All("/ogc/collections/control-areas/items?datetime=2016-12-23T00:00:00Z&limit=10000");
        using var store = SqliteEventStore.Open(server.Db);
        var day = new DateOnly(2016, 12, 23);
        var expected = new AdjudicationService(store, store).LoadScenario().Control
            .Where(r => r.Shape == ControlShape.Area && r.Geometry is not null && r.IsActiveOn(day)).Select(r => r.Id).ToList();
        Assert.Equal(expected, ids);
        Assert.Contains("aleppo_control.csv#C048", ids);
        Assert.DoesNotContain("aleppo_control.csv#C047", ids);
    }

    [Fact]
    public async Task One_event_is_a_GeoJSON_feature_linking_itself_and_its_collection()
    {
        var (status, mediaType, feature) = await Fetch("/ogc/collections/events/items/ucdp-ged:233028");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/geo+json", mediaType);
        Assert.Equal("ucdp-ged:233028", feature.GetProperty("id").GetString());
        Assert.Equal([36.610978, 35.812335], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("2016-10-31", feature.GetProperty("properties").GetProperty("date_start").GetString());
        // Fields the record lacks are null, not missing: clients that sample a page for the schema see them all.
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("properties").GetProperty("sub_event_type").ValueKind);
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("properties").GetProperty("claimed_target").ValueKind);
        var rels = feature.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString());
        Assert.Equal(["self", "collection"], rels);
    }

    [Theory]
    [InlineData("/ogc/collections/places", HttpStatusCode.NotFound, "no collection 'places' (this service offers events, control-areas)")]
    [InlineData("/ogc/collections/places/items", HttpStatusCode.NotFound, "no collection 'places' (this service offers events, control-areas)")]
    [InlineData("/ogc/collections/events/items/ucdp-ged:1", HttpStatusCode.NotFound, "no feature 'ucdp-ged:1' in events")]
    [InlineData("/ogc/collections/control-areas/items/C047", HttpStatusCode.NotFound, "no feature 'C047' in control-areas")]
    [InlineData("/ogc/collections/events/items?bbox=37,36,37.2", HttpStatusCode.BadRequest, "bbox: '37,36,37.2' is not four numbers west,south,east,north")]
    [InlineData("/ogc/collections/events/items?bbox=37,36,0,37.2,36.3,0", HttpStatusCode.OK, null)]
    [InlineData("/ogc/collections/events/items?offset=2147483647&limit=10000", HttpStatusCode.OK, null)]
    [InlineData("/ogc/collections/control-areas/items?bbox=NaN,NaN,NaN,NaN", HttpStatusCode.BadRequest, "bbox: 'NaN,NaN,NaN,NaN' is not four numbers west,south,east,north")]
    [InlineData("/ogc/collections/events/items?bbox=38,36,37,37", HttpStatusCode.BadRequest, "bbox: '38,36,37,37' is not a box in WGS 84 (west <= east within -180..180, south <= north within -90..90)")]
    [InlineData("/ogc/collections/events/items?limit=0", HttpStatusCode.BadRequest, "limit: 0 is not a positive number of features")]
    [InlineData("/ogc/collections/events/items?datetime=yesterday", HttpStatusCode.BadRequest, "datetime: 'yesterday' is not an RFC 3339 date-time or interval (2016-12-01T00:00:00Z, 2016-12-01/2016-12-15, ../2016-12-31)")]
    [InlineData("/ogc/collections/events/items?datetime=../..%2F..", HttpStatusCode.BadRequest, "datetime: '../../..' is not an RFC 3339 date-time or interval (2016-12-01T00:00:00Z, 2016-12-01/2016-12-15, ../2016-12-31)")]
    [InlineData("/ogc/collections/events/items?datetime=2016-12-15T00:00:00Z/2016-12-01T00:00:00Z", HttpStatusCode.BadRequest, "datetime: '2016-12-15T00:00:00Z/2016-12-01T00:00:00Z' ends before it starts")]
    [InlineData("/ogc/collections/control-areas/items?color=red", HttpStatusCode.BadRequest, "color: unknown parameter (this service takes limit, offset, bbox, datetime, f)")]
    public async Task Bad_parameters_are_400_and_unknown_collections_and_features_404(string path, HttpStatusCode status, string? detail)
    {
        var response = await server.Get(path);
        if (detail is null)
        {
            Assert.Equal(status, response.Status);
        }
        else
        {
            Problem.Is(status, detail, response);
        }
    }
}
