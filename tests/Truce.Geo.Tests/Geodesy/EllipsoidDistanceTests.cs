using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Geodesy;

public sealed class EllipsoidDistanceTests
{
    private static double Dms(int d, int m, double s) => Math.Sign(d) * (Math.Abs(d) + (m / 60.0) + (s / 3600));

    [Fact]
    public void Flinders_Peak_to_Buninyong_is_the_published_geodesic_length()
    {
        // Geoscience Australia's worked example of Vincenty's inverse method (GRS 80, which differs from WGS 84 by 0.1 mm here).
        var metres = EllipsoidDistance.Metres(-Dms(37, 57, 3.72030), Dms(144, 25, 29.52440), -Dms(37, 39, 10.15610), Dms(143, 55, 35.38390));
        Assert.Equal(54_972.271, metres, 0.002);
    }

    [Fact]
    public void One_degree_of_latitude_at_the_equator_is_the_WGS_84_meridian_arc()
    {
        // Meridian arc 0°–1° on WGS 84: 110,574.389 m (NGA TR8350.2 tables; also Karney's GeographicLib).
        Assert.Equal(110_574.389, EllipsoidDistance.Metres(0, 30, 1, 30), 0.01);
    }

    [Fact]
    public void A_point_is_at_zero_metres_from_itself()
    {
        Assert.Equal(0, EllipsoidDistance.Metres(36.2, 37.15, 36.2, 37.15));
    }

    [Fact]
    public void The_distance_is_symmetric()
    {
        var there = EllipsoidDistance.Metres(36.17505, 37.14242, 36.21068, 37.1356);
        var back = EllipsoidDistance.Metres(36.21068, 37.1356, 36.17505, 37.14242);
        Assert.Equal(there, back, 1e-6);
    }
}
