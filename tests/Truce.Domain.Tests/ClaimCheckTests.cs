using NetTopologySuite.Geometries;
using Truce.Domain.Actors;
using Truce.Domain.Claims;
using Truce.Domain.Spatial;
using static Truce.Domain.Tests.World;

namespace Truce.Domain.Tests;

public sealed class ClaimCheckTests
{
    private static readonly ClaimChecker Checker = new(new ActorRegistry(World.Actors(), Names(), Links()), 5_000);
    private static readonly DateOnly Day = new(2016, 10, 1);

    private static Presence Place(string actor, double lat, double lon, string id) =>
        new(actor, new Point(lon, lat), Day.AddDays(-30), Day.AddDays(30), "control", id, Src(id));

    [Fact]
    public void A_claim_is_supported_when_the_group_held_a_place_within_the_radius()
    {
        var result = Checker.Check("Jabhat al-Nusra positions", Day, 36.20, 37.16, [Place("nusra", 36.21, 37.16, "P1")]);
        Assert.Equal(ClaimOutcome.Supported, result.Outcome);
        Assert.Equal("nusra", result.ActorId);
        Assert.Equal(Geodesic.DistanceMetres(36.20, 37.16, 36.21, 37.16), result.DistanceMetres!.Value, 6);
    }

    [Fact]
    public void A_claim_is_unsupported_with_the_distance_to_the_nearest_trace_of_the_group()
    {
        var result = Checker.Check("Jabhat Fateh al-Sham", Day, 36.20, 37.16, [Place("nusra", 35.93, 36.63, "P2"), Place("nusra", 36.60, 37.16, "P3"), Place("is", 36.20, 37.16, "P4")]);
        Assert.Equal(ClaimOutcome.Unsupported, result.Outcome);
        Assert.Equal("P3", result.Nearest!.RecordId);
        Assert.InRange(result.DistanceMetres!.Value, 44_000, 45_000);
    }

    [Fact]
    public void An_event_of_the_group_within_seven_days_counts_and_one_eight_days_away_does_not()
    {
        var near = new Presence("nusra", new Point(37.16, 36.201), Day.AddDays(7), Day.AddDays(7), "event", "ucdp-ged:1", null);
        var far = near with { From = Day.AddDays(8), To = Day.AddDays(8), RecordId = "ucdp-ged:2" };
        Assert.Equal(ClaimOutcome.Supported, Checker.Check("Jabhat Fateh al-Sham", Day, 36.20, 37.16, [near]).Outcome);
        Assert.Equal(ClaimOutcome.Unverifiable, Checker.Check("Jabhat Fateh al-Sham", Day, 36.20, 37.16, [far]).Outcome);
    }

    [Fact]
    public void A_point_inside_an_area_the_group_held_is_at_distance_zero()
    {
        var area = new Polygon(new LinearRing([new(37.1, 36.1), new(37.3, 36.1), new(37.3, 36.3), new(37.1, 36.3), new(37.1, 36.1)]));
        var result = Checker.Check("HTS", Day, 36.2, 37.2, [new Presence("hts", area, Day, Day, "control", "C9", Src("C9"))]);
        Assert.Equal((ClaimOutcome.Supported, 0.0), (result.Outcome, result.DistanceMetres!.Value));
    }

    [Fact]
    public void A_claim_naming_no_known_group_or_an_event_without_a_point_is_unverifiable()
    {
        Assert.Equal(ClaimOutcome.Unverifiable, Checker.Check("terrorist positions", Day, 36.2, 37.2, []).Outcome);
        Assert.Equal(ClaimOutcome.Unverifiable, Checker.Check("Jabhat al-Nusra", Day, null, null, [Place("nusra", 36.2, 37.2, "P1")]).Outcome);
    }
}
