using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class ShapeDistanceTests
{
    [Fact]
    public void The_distance_to_a_point_is_Vincenty_s_and_inside_a_polygon_it_is_zero()
    {
        Assert.Equal(EllipsoidDistance.Metres(36.2, 37.15, 36.21, 37.16), new ShapeDistance(Wgs84.Point(37.15, 36.2)).Metres(36.21, 37.16), 6);
        Assert.Equal(0, new ShapeDistance(Box(37.1, 36.1, 37.2, 36.2)).Metres(36.15, 37.15));
    }

    [Fact]
    public void The_latitude_test_never_rules_out_a_point_that_is_within_the_distance()
    {
        var random = new Random(11);
        var box = new ShapeDistance(Box(37.1, 36.1, 37.12, 36.12));
        var ruledOut = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var (lat, lon) = Offset(36.11, 37.11, random.NextDouble() * 30_000, random.NextDouble() * 360);
            var limit = random.NextDouble() * 20_000;
            if (box.CertainlyBeyond(lat, limit))
            {
                Assert.True(box.Metres(lat, lon) > limit);
                ruledOut++;
            }
        }

        Assert.InRange(ruledOut, 500, 4_500);
    }
}
