using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Geo.Control;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Control;

public sealed class ControlTimelineAtTests
{
    private static readonly ControlTimeline Aleppo = new(RealLayers.Aleppo);
    private static readonly Dictionary<string, Geometry> Polygons = RealLayers.Neighbourhoods.ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);

    private static Point Inside(string pcode) => Polygons[pcode].InteriorPoint;

    private static string[] Ids(ControlAnswer answer) => [.. answer.Records.Select(r => r.Source.Row).Order(StringComparer.Ordinal)];

    internal static ControlRecord Area(string id, string controller, string pcode, DateOnly? from, DateOnly? to) => new()
    {
        Id = id,
        Controller = controller,
        Shape = ControlShape.Area,
        AreaCode = pcode,
        Geometry = Polygons[pcode],
        From = from,
        To = to,
        Source = new SourceRef("t.csv", id),
    };

    internal static ControlRecord Place(string id, string controller, double lat, double lon, DateOnly? from = null, DateOnly? to = null) => new()
    {
        Id = id,
        Controller = controller,
        Shape = ControlShape.Place,
        Geometry = Wgs84.Point(lon, lat),
        From = from,
        To = to,
        Source = new SourceRef("t.csv", id),
    };

    [Fact]
    public void Before_a_capture_day_only_the_old_controller_holds()
    {
        var p = Inside("N0129"); // Hanano: rebels until 26 Nov 2016 (C031), government from 26 Nov (C032, C034) or 27 Nov (C033)
        var answer = Aleppo.At(p.Y, p.X, new DateOnly(2016, 11, 25));
        Assert.Equal(ControlBasis.Area, answer.Basis);
        Assert.Equal(["C031"], Ids(answer));
        Assert.Equal(["Opposition/rebels"], answer.Controllers);
        Assert.True(answer.ControllersAgree);
        Assert.Equal(0, answer.DistanceMetres);
    }

    [Fact]
    public void On_the_capture_day_the_old_and_new_records_both_apply()
    {
        var p = Inside("N0129");
        var answer = Aleppo.At(p.Y, p.X, new DateOnly(2016, 11, 26));
        Assert.Equal(["C031", "C032", "C034"], Ids(answer));
        Assert.Equal(["Opposition/rebels", "Government/allies"], answer.Controllers.Order(StringComparer.Ordinal).Reverse());
        Assert.False(answer.ControllersAgree);
    }

    [Fact]
    public void After_the_capture_every_source_for_the_new_controller_comes_back()
    {
        var p = Inside("N0129");
        var answer = Aleppo.At(p.Y, p.X, new DateOnly(2016, 11, 27));
        Assert.Equal(["C032", "C033", "C034"], Ids(answer));
        Assert.Equal(["Government/allies"], answer.Controllers);
        Assert.True(answer.ControllersAgree);
        Assert.Equal([0.0, 0.0, 0.0], answer.Hits.Select(h => h.DistanceMetres));
    }

    [Fact]
    public void A_start_stated_as_a_month_applies_from_the_first_of_the_month()
    {
        var p = Inside("N0121"); // C122: government from "2016-07"
        Assert.Equal(ControlBasis.Unknown, Aleppo.At(p.Y, p.X, new DateOnly(2016, 6, 30)).Basis);
        Assert.Equal(["C122"], Ids(Aleppo.At(p.Y, p.X, new DateOnly(2016, 7, 1))));
    }

    [Fact]
    public void An_end_stated_as_a_month_applies_to_its_last_day()
    {
        var record = Area("M1", "Opposition/rebels", "N0213", null, new DateOnly(2016, 8, 31)) with
        {
            ToStated = Domain.Time.PartialDate.Parse("2016-08"),
        };
        var timeline = new ControlTimeline([record]);
        var p = Inside("N0213");
        Assert.Equal(["M1"], timeline.At(p.Y, p.X, new DateOnly(2016, 8, 31)).Records.Select(r => r.Id));
        Assert.Equal(ControlBasis.Unknown, timeline.At(p.Y, p.X, new DateOnly(2016, 9, 1)).Basis);
    }

    [Fact]
    public void An_undated_record_holds_on_every_day()
    {
        var p = Inside("N0123"); // Sheikh Maqsoud: YPG/SDF, C021 and C022, no dates
        foreach (var day in new[] { DateOnly.MinValue, new DateOnly(2016, 12, 1), DateOnly.MaxValue })
        {
            Assert.Equal(["C021", "C022"], Ids(Aleppo.At(p.Y, p.X, day)));
        }
    }

    [Fact]
    public void A_polygon_no_source_names_is_unknown()
    {
        var p = Inside("N0213"); // Marjeh: never named (README section 3, gaps)
        var answer = Aleppo.At(p.Y, p.X, new DateOnly(2016, 12, 1));
        Assert.Equal(ControlBasis.Unknown, answer.Basis);
        Assert.Empty(answer.Records);
        Assert.Empty(answer.Controllers);
        Assert.False(answer.ControllersAgree);
        Assert.True(double.IsNaN(answer.DistanceMetres));
    }

    [Fact]
    public void A_polygon_whose_records_are_all_out_of_force_is_unknown_that_day()
    {
        var p = Inside("N0222"); // C115 only: rebels 12-22 Dec 2016
        Assert.Equal(ControlBasis.Unknown, Aleppo.At(p.Y, p.X, new DateOnly(2016, 12, 11)).Basis);
        Assert.Equal(["C115"], Ids(Aleppo.At(p.Y, p.X, new DateOnly(2016, 12, 12))));
        Assert.Equal(["C115"], Ids(Aleppo.At(p.Y, p.X, new DateOnly(2016, 12, 22))));
        Assert.Equal(ControlBasis.Unknown, Aleppo.At(p.Y, p.X, new DateOnly(2016, 12, 23)).Basis);
    }

    [Fact]
    public void A_point_on_a_boundary_shared_by_two_held_polygons_gets_both()
    {
        var a = Polygons["N0129"];
        var neighbour = Polygons.First(kv => kv.Key != "N0129" && a.Intersects(kv.Value) && a.Intersection(kv.Value).Length > 0);
        var vertex = a.Coordinates.First(c => neighbour.Value.Covers(Wgs84.Point(c.X, c.Y)));
        var timeline = new ControlTimeline([
            Area("A", "Opposition/rebels", "N0129", null, null),
            Area("B", "Government/allies", neighbour.Key, null, null),
        ]);
        var answer = timeline.At(vertex.Y, vertex.X, new DateOnly(2016, 12, 1));
        Assert.Equal(ControlBasis.Area, answer.Basis);
        Assert.Equal(["A", "B"], answer.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.False(answer.ControllersAgree);
        var inside = Inside("N0129");
        Assert.Equal(["A"], timeline.At(inside.Y, inside.X, new DateOnly(2016, 12, 1)).Records.Select(r => r.Id));
    }

    [Fact]
    public void Where_no_area_record_applies_the_nearest_place_within_the_radius_answers()
    {
        var p = Inside("N0213");
        var timeline = new ControlTimeline([
            Area("A", "Opposition/rebels", "N0213", null, new DateOnly(2016, 11, 30)),
            Place("near", "government", p.Y + 0.01, p.X),
            Place("far", "opposition", p.Y + 0.03, p.X),
        ]);
        var covered = timeline.At(p.Y, p.X, new DateOnly(2016, 11, 30));
        Assert.Equal(ControlBasis.Area, covered.Basis);
        Assert.Equal(["A"], covered.Records.Select(r => r.Id));
        var fallback = timeline.At(p.Y, p.X, new DateOnly(2016, 12, 1));
        Assert.Equal(ControlBasis.NearestPlace, fallback.Basis);
        Assert.Equal(["near"], fallback.Records.Select(r => r.Id));
        Assert.Equal(GreatCircle.Metres(p.Y, p.X, p.Y + 0.01, p.X), fallback.DistanceMetres, 1e-6);
        Assert.InRange(fallback.DistanceMetres, 1_100, 1_120); // 0.01° of latitude
    }

    [Fact]
    public void A_place_beyond_the_radius_or_out_of_force_does_not_answer()
    {
        var timeline = new ControlTimeline([
            Place("inactive", "government", 36.01, 37.0, new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31)),
            Place("active", "sdf", 36.03, 37.0),
        ], new ControlTimelineOptions { PlaceRadiusMetres = 4_000 });
        var answer = timeline.At(36.0, 37.0, new DateOnly(2017, 1, 15));
        Assert.Equal(["inactive"], answer.Records.Select(r => r.Id));
        var later = timeline.At(36.0, 37.0, new DateOnly(2017, 2, 1));
        Assert.Equal(["active"], later.Records.Select(r => r.Id)); // 3.34 km away, inside 4 km
        Assert.Equal(ControlBasis.Unknown, timeline.At(35.99, 37.0, new DateOnly(2017, 2, 1)).Basis); // 4.45 km away
    }

    [Fact]
    public void Records_at_the_same_place_and_equidistant_places_all_come_back()
    {
        // Longitudes 2^-6 degrees either side of the query: exactly the same distance.
        var timeline = new ControlTimeline([
            Place("east", "government", 36.0, 37.015625),
            Place("east-2", "opposition", 36.0, 37.015625),
            Place("west", "sdf", 36.0, 36.984375),
            Place("further", "isil", 36.0, 37.03125),
        ]);
        var middle = timeline.At(36.0, 37.0, new DateOnly(2017, 1, 1));
        Assert.Equal(ControlBasis.NearestPlace, middle.Basis);
        Assert.Equal(["east", "east-2", "west"], middle.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, middle.Controllers.Count);
        var east = timeline.At(36.0, 37.01, new DateOnly(2017, 1, 1));
        Assert.Equal(["east", "east-2"], east.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.False(east.ControllersAgree);
    }

    [Fact]
    public void Inconsistent_records_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ControlTimeline([Area("X", "a", "N0129", new DateOnly(2016, 12, 2), new DateOnly(2016, 12, 1))]));
        Assert.Throws<ArgumentException>(() => new ControlTimeline([Area("X", "a", "N0129", null, null) with { Geometry = Wgs84.Point(37, 36) }]));
        Assert.Throws<ArgumentException>(() => new ControlTimeline([Area("X", "a", "N0129", null, null), Area("Y", "b", "N0129", null, null) with { Geometry = Polygons["N0130"] }]));
        Assert.Throws<ArgumentException>(() => new ControlTimeline([], new ControlTimelineOptions { PlaceRadiusMetres = 0 }));
    }

    [Fact]
    public void Areas_without_a_polygon_are_kept_as_unlocated()
    {
        Assert.Equal(RealLayers.Aleppo.Count(r => r.AreaCode is null), Aleppo.Unlocated.Count);
        Assert.Contains(Aleppo.Unlocated, r => r.Id == "aleppo_control.csv#C001");
        Assert.Equal(RealLayers.Aleppo.Select(r => r.AreaCode).Where(c => c is not null).Distinct().Count(), Aleppo.AreaCount);
    }
}
