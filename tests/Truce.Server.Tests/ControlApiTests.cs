using System.Net;

namespace Truce.Server.Tests;

public sealed class ControlApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Sheikh_Khodr_was_held_by_the_rebels_on_20_November_2016_on_record_C047()
    {
        var (status, body) = await server.Get("/api/control?at=2016-11-20&point=36.2166,37.1822");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("area", body.GetProperty("basis").GetString());
        Assert.Equal(["Opposition/rebels"], body.GetProperty("controllers").EnumerateArray().Select(c => c.GetString()));
        Assert.False(body.GetProperty("recordsDisagree").GetBoolean());
        var record = Assert.Single(body.GetProperty("records").EnumerateArray());
        Assert.Equal("aleppo_control.csv#C047", record.GetProperty("id").GetString());
        Assert.Equal("N0134", record.GetProperty("areaCode").GetString());
        Assert.Equal(0, record.GetProperty("distanceM").GetDouble());
        Assert.Equal("C047", record.GetProperty("source").GetProperty("row").GetString());
    }

    [Fact]
    public async Task After_the_capture_the_same_point_is_government_held_on_record_C048()
    {
        var (_, body) = await server.Get("/api/control?at=2016-12-23&point=36.2166,37.1822");
        Assert.Equal(["Government/allies"], body.GetProperty("controllers").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["aleppo_control.csv#C048"], body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_point_far_from_every_record_is_unknown_and_a_wider_radius_is_echoed()
    {
        var (status, body) = await server.Get("/api/control?at=2016-11-20&point=33.0,44.0&radiusKm=2.5");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("unknown", body.GetProperty("basis").GetString());
        Assert.Empty(body.GetProperty("records").EnumerateArray());
        Assert.Equal(2.5, body.GetProperty("radiusKm").GetDouble());
    }

    [Fact]
    public async Task The_diff_from_20_November_to_23_December_2016_moves_33_polygons_and_the_km2_per_controller()
    {
        var (status, body) = await server.Get("/api/control/diff?from=2016-11-20&to=2016-12-23");
        Assert.Equal(HttpStatusCode.OK, status);
        var changes = body.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(33, changes.Count(c => c.GetProperty("shape").GetString() == "area"));
        var khodr = changes.Single(c => c.GetProperty("key").GetString() == "N0134");
        Assert.Equal(["Opposition/rebels"], khodr.GetProperty("controllersBefore").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Government/allies"], khodr.GetProperty("controllersAfter").EnumerateArray().Select(c => c.GetString()));
        var controllers = body.GetProperty("controllers").EnumerateArray().ToDictionary(c => c.GetProperty("controller").GetString()!, c => c.GetProperty("netKm2").GetDouble());
        Assert.Equal(26.115, controllers["Government/allies"], 0.0005);
        Assert.Equal(-28.273, controllers["Opposition/rebels"], 0.0005);
    }

    [Theory]
    [InlineData("/api/control?point=36.2,37.1", HttpStatusCode.BadRequest, "at: required: a day (YYYY-MM-DD)")]
    [InlineData("/api/control?at=2016-11-31&point=36.2,37.1", HttpStatusCode.BadRequest, "at: '2016-11-31' is not a date (YYYY-MM-DD)")]
    [InlineData("/api/control?at=2016-11-20", HttpStatusCode.BadRequest, "point: required: LAT,LON in decimal degrees")]
    [InlineData("/api/control?at=2016-11-20&point=96.2,37.1", HttpStatusCode.BadRequest, "point: '96.2,37.1' is not LAT,LON in decimal degrees (latitude -90..90, longitude -180..180)")]
    [InlineData("/api/control?at=2016-11-20&point=36.2", HttpStatusCode.BadRequest, "point: '36.2' is not LAT,LON in decimal degrees (latitude -90..90, longitude -180..180)")]
    [InlineData("/api/control?at=2016-11-20&point=36.2,37.1&radiusKm=0", HttpStatusCode.BadRequest, "radiusKm: 0 is not a distance above 0 and at most 1000")]
    [InlineData("/api/control/diff?from=2016-11-20", HttpStatusCode.BadRequest, "to: required: a day (YYYY-MM-DD)")]
    [InlineData("/api/control/diff?from=20-11-2016&to=2016-12-23", HttpStatusCode.BadRequest, "from: '20-11-2016' is not a date (YYYY-MM-DD)")]
    public async Task Bad_control_values_are_a_400_problem_naming_the_parameter(string path, HttpStatusCode status, string detail) =>
        Problem.Is(status, detail, await server.Get(path));
}
