using System.Net;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;
using Truce.Formats.GeoJson;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>The humanitarian endpoints over the bundled Aleppo 2016 record (sieges.csv, convoys.csv, incident_tolls.csv), the scenario and its verdicts.</summary>
public sealed class HumanitarianApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task On_20_November_2016_east_Aleppo_is_besieged_by_all_seven_definitions_with_no_aid_for_112_to_136_days()
    {
        var east = await EastAleppo("2016-11-20");
        Assert.Equal("besieged", east.GetProperty("status").GetString());
        Assert.Equal(7, east.GetProperty("definitionsHolding").GetInt32());
        Assert.Equal(7, east.GetProperty("definitions").GetInt32());
        Assert.Equal(7, east.GetProperty("statusRows").GetArrayLength());
        Assert.Equal(250_000, east.GetProperty("populationLow").GetInt64());
        Assert.Equal(300_000, east.GetProperty("populationHigh").GetInt64());
        Assert.Equal(112, east.GetProperty("daysSinceDeliveryMin").GetInt32());
        Assert.Equal(136, east.GetProperty("daysSinceDeliveryMax").GetInt32());
        Assert.Equal(["V01", "V02", "V03"], east.GetProperty("lastDeliveries").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("date: (mid)", east.GetProperty("lastDeliveries")[2].GetProperty("dateQualifiers").GetString()); // "mid-July", as the source said
        Assert.Equal(0, east.GetProperty("reached").GetInt64());
    }

    [Fact]
    public async Task Every_population_figure_is_listed_with_who_gave_it_and_the_source_it_cites()
    {
        var east = await EastAleppo("2016-11-20");
        var figures = east.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.Equal(9, figures.Count);
        var ocha = figures["S09"];
        Assert.Equal("UN OCHA (Jens Laerke)", ocha.GetProperty("reportingOrg").GetString());
        Assert.Equal("275,000", ocha.GetProperty("figure").GetString());
        Assert.Equal(275_000, ocha.GetProperty("value").GetInt64());
        Assert.Equal("sieges.csv", ocha.GetProperty("source").GetProperty("file").GetString());
        Assert.StartsWith("http", ocha.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(figures["S32"].GetProperty("lowerBound").GetBoolean()); // MSF: "more than 250,000"
        Assert.Equal("≥250,000", figures["S32"].GetProperty("figure").GetString());
        Assert.Equal(["S32"], east.GetProperty("latestFigures").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        // The range is the smallest and largest figure, not an average of them.
        Assert.Equal(figures.Values.Min(f => f.TryGetProperty("value", out var v) ? v.GetInt64() : f.GetProperty("low").GetInt64()), east.GetProperty("populationLow").GetInt64());
    }

    [Fact]
    public async Task The_derived_east_Aleppo_shape_shrinks_as_the_control_record_says_the_pocket_shrank()
    {
        var november = await Shape("2016-11-20");
        var december = await Shape("2016-12-15");
        var (before, after) = (Neighbourhoods(november), Neighbourhoods(december));
        Assert.True(before.Count > after.Count, $"{before.Count} neighbourhoods on 20 November, {after.Count} on 15 December");
        Assert.Contains("N0129", before); // Hanano: taken on 26 November
        Assert.DoesNotContain("N0129", after);
        Assert.Contains("N0219", after); // Sukkari: in the last pocket
        // Az-Ziebdiyeh on 15 December: rebel-held (C117) and contested (C082) on the record: kept, and marked.
        var zebdiyeh = december.GetProperty("properties").GetProperty("neighbourhoods").EnumerateArray().Single(n => n.GetProperty("pcode").GetString() == "N0208");
        Assert.True(zebdiyeh.GetProperty("contested").GetBoolean());
        Assert.Equal(["aleppo_control.csv#C082", "aleppo_control.csv#C117"], zebdiyeh.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        var p = november.GetProperty("properties");
        Assert.True(p.GetProperty("derived").GetBoolean());
        Assert.Equal("control record: Opposition/rebels on 2016-11-20", p.GetProperty("derivedFrom").GetString());
        Assert.Equal("besieged", p.GetProperty("status").GetString());
        Assert.Equal(112, p.GetProperty("daysSinceDeliveryMin").GetInt32());
        Assert.Contains(november.GetProperty("geometry").GetProperty("type").GetString(), (string[])["Polygon", "MultiPolygon"]);
        Assert.True(Read(november.GetProperty("geometry")).Contains(Wgs84.Point(p.GetProperty("labelLongitude").GetDouble(), p.GetProperty("labelLatitude").GetDouble())));
    }

    [Fact]
    public async Task A_convoy_is_placed_inside_its_stored_destination_or_its_derived_area_or_says_why_it_is_not_on_the_map()
    {
        var (status, body) = await server.Get("/api/access/convoys?from=2016-09-01&to=2016-12-31");
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.DoesNotContain("V01", rows.Keys); // 7 July: outside the period
        Assert.Equal(rows.Values.Count(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object), body.GetProperty("located").GetInt32());

        var ramouseh = rows["V43"];
        Assert.StartsWith("a point inside", ramouseh.GetProperty("properties").GetProperty("place").GetString(), StringComparison.Ordinal);
        Assert.True(Neighbourhood("N0226").Contains(Point(ramouseh)));

        var v13 = rows["V13"].GetProperty("properties");
        Assert.Equal([36.94745, 36.14779], rows["V13"].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.StartsWith("the point of Urum al-Kubra (Big Orem) (C1029) the manifest gives", v13.GetProperty("place").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, rows["V18"].GetProperty("geometry").ValueKind); // present and null, as GeoJSON wants
        Assert.Equal("not on the map: the destination names no mapped area and gives no P-code", rows["V18"].GetProperty("properties").GetProperty("place").GetString());
        Assert.Equal("attacked", v13.GetProperty("kind").GetString());
        Assert.Equal("31 (18 destroyed per local paramedic)", v13.GetProperty("trucks").GetString());
        Assert.Contains("Russia or Syria", v13.GetProperty("blockingParty").GetString(), StringComparison.Ordinal);

        var v35 = rows["V35"];
        Assert.Equal("east-aleppo", v35.GetProperty("properties").GetProperty("area").GetString());
        Assert.Contains("(derived)", v35.GetProperty("properties").GetProperty("place").GetString(), StringComparison.Ordinal);
        Assert.True(Read((await Shape("2016-12-08")).GetProperty("geometry")).Contains(Point(v35)));
    }

    [Fact]
    public async Task On_15_September_2016_the_exempt_lists_of_the_Cessation_of_Hostilities_disagree_on_Jabhat_Fateh_al_Sham_since_28_July()
    {
        var (status, body) = await server.Get("/api/conditions?at=2016-09-15");
        Assert.Equal(HttpStatusCode.OK, status);
        var conditions = body.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.Equal(["calm-a1", "calm-a4", "aid-30", "lists-agree-a1", "lists-agree-a4"], conditions.Keys);
        var lists = conditions["lists-agree-a1"];
        Assert.Equal("fails", lists.GetProperty("outcome").GetString());
        Assert.Equal("2016-07-28", lists.GetProperty("since").GetString());
        Assert.False(lists.GetProperty("sinceRecordBegins").GetBoolean());
        Assert.Contains("Jabhat Fateh al-Sham", lists.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("exempt-sets-agree", lists.GetProperty("kind").GetString());
        Assert.Equal("holds", conditions["calm-a1"].GetProperty("outcome").GetString());
        Assert.Equal(5, conditions["calm-a1"].GetProperty("maxPerDay").GetInt32());
        Assert.Equal("unknown", conditions["calm-a4"].GetProperty("outcome").GetString());
        Assert.Equal("fails", conditions["aid-30"].GetProperty("outcome").GetString());
        Assert.Contains("East Aleppo: 46–70 days since the last delivery", conditions["aid-30"].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_covers_every_day_of_the_period_for_every_condition_in_runs_of_one_outcome()
    {
        var (status, body) = await server.Get("/api/conditions/timeline?from=2016-02-20&to=2016-12-31");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetArrayLength());
        foreach (var condition in body.EnumerateArray())
        {
            var spans = condition.GetProperty("spans").EnumerateArray().ToList();
            Assert.Equal("2016-02-20", spans[0].GetProperty("from").GetString());
            Assert.Equal("2016-12-31", spans[^1].GetProperty("to").GetString());
            Assert.Equal(316, spans.Sum(s => s.GetProperty("days").GetInt32()));
            foreach (var (a, b) in spans.Zip(spans.Skip(1)))
            {
                Assert.Equal(DateOnly.Parse(a.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(1), DateOnly.Parse(b.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                Assert.NotEqual(a.GetProperty("outcome").GetString(), b.GetProperty("outcome").GetString());
            }
        }

        var lists = body.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "lists-agree-a1").GetProperty("spans").EnumerateArray()
            .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("to").GetString(), s.GetProperty("outcome").GetString()));
        Assert.Contains(("2016-07-28", "2016-11-09", "fails"), lists);
    }

    [Fact]
    public async Task Denials_and_attacks_by_party_name_the_rows_that_attribute_them()
    {
        var (_, body) = await server.Get("/api/access/parties?at=2016-11-20");
        var government = body.EnumerateArray().Single(p => p.GetProperty("partyId").GetString() == "government-of-syria");
        Assert.Equal(3, government.GetProperty("denials").GetInt32());
        Assert.Equal(2, government.GetProperty("denialsRecent").GetInt32());
        Assert.Equal(1, government.GetProperty("attacks").GetInt32());
        Assert.Contains("V30", government.GetProperty("rows").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Body_counts_put_each_sources_toll_of_the_al_Quds_strike_beside_the_record_with_the_difference()
    {
        var (status, body) = await server.Get("/api/bodycounts?area=SY020000&from=2016-04-27&to=2016-04-28");
        Assert.Equal(HttpStatusCode.OK, status);
        var record = Assert.Single(body.GetProperty("record").EnumerateArray());
        var best = record.GetProperty("best").GetInt64();
        var msf = body.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "T01");
        Assert.Equal("MSF", msf.GetProperty("reporter").GetString());
        Assert.Equal("at least", msf.GetProperty("qualifier").GetString());
        Assert.Equal(msf.GetProperty("killed").GetInt64() - best, msf.GetProperty("differenceFromRecordBest").GetInt64());
        Assert.Equal(6, body.GetProperty("figures").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_or_bad_day_is_a_problem_naming_the_parameter()
    {
        Problem.Is(HttpStatusCode.BadRequest, "at: required: a day (YYYY-MM-DD)", await server.Get("/api/access"));
        Problem.Is(HttpStatusCode.BadRequest, "at: '2016-13-01' is not a date (YYYY-MM-DD)", await server.Get("/api/conditions?at=2016-13-01"));
        Problem.Is(HttpStatusCode.BadRequest, "to: must be on or after from, at most 3660 days after it", await server.Get("/api/conditions/timeline?from=2016-12-31&to=2016-01-01"));
        Problem.Is(HttpStatusCode.BadRequest, "area: required: a P-code (e.g. SY020000) or a casualty series' area name", await server.Get("/api/bodycounts?from=2016-04-27&to=2016-04-28"));
    }

    [Fact]
    public async Task A_database_without_a_humanitarian_record_answers_404_naming_the_import_command()
    {
        await using var empty = await ImportServer.Start();
        using var response = await empty.Client.GetAsync(new Uri("/api/access/areas.geojson?at=2016-11-20", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("truce access import", Problem.Detail(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    private async Task<JsonElement> EastAleppo(string day)
    {
        var (status, body) = await server.Get($"/api/access?at={day}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "east-aleppo");
    }

    private async Task<JsonElement> Shape(string day)
    {
        var (status, body) = await server.Get($"/api/access/areas.geojson?at={day}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "east-aleppo");
    }

    private static HashSet<string> Neighbourhoods(JsonElement feature) =>
        feature.GetProperty("properties").GetProperty("neighbourhoods").EnumerateArray().Select(n => n.GetProperty("pcode").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static Point Point(JsonElement feature)
    {
        var c = feature.GetProperty("geometry").GetProperty("coordinates");
        return Wgs84.Point(c[0].GetDouble(), c[1].GetDouble());
    }

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() } };

    private static Geometry Read(JsonElement geometry) => geometry.Deserialize<Geometry>(GeoJsonOptions)!;

    private static Geometry Neighbourhood(string pcode)
    {
        using var s = File.OpenRead(RepoFiles.Ocha("syr_neighborhoods.geojson"));
        return AdminGeoJsonReader.Read(s, "syr_neighborhoods.geojson").Single(b => b.Pcode == pcode).Geometry;
    }
}
