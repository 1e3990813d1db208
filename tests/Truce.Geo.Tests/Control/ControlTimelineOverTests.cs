using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Geo.Control;

namespace Truce.Geo.Tests.Control;

public sealed class ControlTimelineOverTests
{
    private static readonly DateOnly Day = new(2016, 12, 1);

    private static ControlRecord Record(string id, ControlShape shape, Geometry geometry) => new()
    {
        Id = id,
        Controller = id,
        Shape = shape,
        Geometry = geometry,
        Source = new SourceRef("t.csv", id),
    };

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Wgs84.Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    [Fact]
    public void A_district_gets_every_neighbourhood_record_an_exhaustive_relate_finds()
    {
        var timeline = new ControlTimeline(RealLayers.Aleppo);
        var district = RealLayers.Read("syr_admin3.geojson").Single(b => b.Pcode == "SY020000").Geometry; // Jebel Saman sub-district: Aleppo city
        var region = district.Buffer(-0.02); // shrunk, so that some outer neighbourhoods fall outside or only partly in
        var expected = RealLayers.Aleppo.Where(r => r.Geometry is not null && r.IsActiveOn(Day)
                && region.Relate(r.Geometry).Get(Location.Interior, Location.Interior) != Dimension.False)
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        var first = timeline.Over(region, Day);
        Assert.Equal(expected, first.Areas.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.True(expected.Length > 20, $"only {expected.Length} records: the test must cover a real district");
        Assert.Equal(first.Areas.Select(r => r.Id), timeline.Over(region, Day).Areas.Select(r => r.Id)); // the cached path
        Assert.Contains("Government/allies", first.Controllers);
        Assert.Contains("Opposition/rebels", first.Controllers);
        Assert.False(first.ControllersAgree);
    }

    [Fact]
    public void A_polygon_that_only_touches_the_region_is_not_over_it()
    {
        var timeline = new ControlTimeline([
            Record("inside", ControlShape.Area, Box(0, 0, 1, 1)),
            Record("touching", ControlShape.Area, Box(1, 0, 2, 1)),
            Record("corner", ControlShape.Area, Box(1, 1, 2, 2)),
            Record("overlapping", ControlShape.Area, Box(0.9, 0.9, 3, 3)),
        ]);
        var answer = timeline.Over(Box(0, 0, 1, 1), Day);
        Assert.Equal(["inside", "overlapping"], answer.Areas.Select(r => r.Id));
    }

    [Fact]
    public void Places_inside_the_region_or_on_its_boundary_are_over_it()
    {
        var timeline = new ControlTimeline([
            Record("in", ControlShape.Place, Wgs84.Point(0.5, 0.5)),
            Record("edge", ControlShape.Place, Wgs84.Point(1, 0.5)),
            Record("out", ControlShape.Place, Wgs84.Point(1.5, 0.5)),
        ]);
        var answer = timeline.Over(Box(0, 0, 1, 1), Day);
        Assert.Equal(["in", "edge"], answer.Places.Select(r => r.Id));
        Assert.Empty(answer.Areas);
        Assert.True(timeline.Over(Box(5, 5, 6, 6), Day).IsUnknown);
    }

    [Fact]
    public void Records_out_of_force_on_the_day_are_left_out()
    {
        var timeline = new ControlTimeline([Record("old", ControlShape.Area, Box(0, 0, 1, 1)) with { To = new DateOnly(2016, 11, 30) }]);
        var region = Box(0, 0, 1, 1);
        Assert.Single(timeline.Over(region, new DateOnly(2016, 11, 30)).Areas);
        Assert.True(timeline.Over(region, Day).IsUnknown);
    }
}
