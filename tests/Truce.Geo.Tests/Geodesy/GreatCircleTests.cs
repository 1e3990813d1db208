using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Geodesy;

public sealed class GreatCircleTests
{
    [Fact]
    public void A_degree_along_a_meridian_is_a_360th_of_the_mean_circumference()
    {
        Assert.Equal(2 * Math.PI * 6_371_008.7714 / 360, GreatCircle.Metres(36, 37, 37, 37), 1e-6);
    }

    [Fact]
    public void A_quarter_of_the_equator_is_a_quarter_circumference()
    {
        Assert.Equal(Math.PI * 6_371_008.7714 / 2, GreatCircle.Metres(0, 10, 0, 100), 1e-6);
    }

    [Fact]
    public void A_degree_of_longitude_at_60_degrees_is_about_half_a_degree_at_the_equator()
    {
        // Small-circle length 55.6 km; the great circle between the points is a few metres shorter.
        var small = 2 * Math.PI * 6_371_008.7714 * Math.Cos(Math.PI / 3) / 360;
        var d = GreatCircle.Metres(60, 0, 60, 1);
        Assert.InRange(d, small - 10, small);
    }

    [Fact]
    public void The_haversine_round_trips_through_metres()
    {
        Assert.Equal(5_000, GreatCircle.MetresFromHaversine(GreatCircle.HaversineOfMetres(5_000)), 1e-6);
    }
}
