using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class LocalFrameTests
{
    [Fact]
    public void The_cheap_distance_is_within_its_stated_tolerance_of_the_geodesic_up_to_50_km_and_80_degrees()
    {
        var random = new Random(7);
        var worst = 0.0;
        for (var n = 0; n < 20_000; n++)
        {
            var lat = (random.NextDouble() * 160) - 80;
            var lon = (random.NextDouble() * 340) - 170;
            var frame = new LocalFrame(lat, lon);
            var metres = random.NextDouble() * LocalFrame.FastLimitMetres;
            var bearing = random.NextDouble() * 2 * Math.PI;
            var lat2 = Math.Clamp(lat + (metres * Math.Cos(bearing) / frame.NorthPerDegree), -80, 80);
            var lon2 = lon + (metres * Math.Sin(bearing) / frame.EastPerDegree);
            var exact = EllipsoidDistance.Metres(lat, lon, lat2, lon2);
            if (exact > LocalFrame.FastLimitMetres)
            {
                continue;
            }

            var cheap = Math.Sqrt(frame.SquaredMetres(lat2, lon2));
            var allowed = (exact * LocalFrame.RelativeTolerance) + LocalFrame.AbsoluteToleranceMetres;
            worst = Math.Max(worst, Math.Abs(cheap - exact) / allowed);
        }

        Assert.InRange(worst, 0, 1);
    }

    [Fact]
    public void Project_and_unproject_are_inverse()
    {
        var frame = new LocalFrame(36.2, 37.15);
        var c = frame.Project(36.21, 37.13);
        var (lat, lon) = frame.Unproject(c);
        Assert.Equal(36.21, lat, 1e-12);
        Assert.Equal(37.13, lon, 1e-12);
    }
}
