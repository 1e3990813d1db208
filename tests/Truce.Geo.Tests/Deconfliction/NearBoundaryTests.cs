using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class NearBoundaryTests
{
    private const double Lat = 36.2;
    private const double Lon = 37.1;

    [Theory]
    [InlineData(0, 590, true)]
    [InlineData(0, 410, true)]
    [InlineData(0, 610, false)]
    [InlineData(0, 390, false)]
    [InlineData(200, 790, true)]
    [InlineData(200, 590, false)]
    [InlineData(5_000, 5_450, true)] // past the grid's strike radius: the R-tree path
    [InlineData(5_000, 5_650, false)]
    public void A_site_is_near_when_the_target_lies_within_the_band_of_its_checked_boundary(double strikeRadius, double metres, bool near)
    {
        var index = Index(Point("a", Lat, Lon, 500));
        var (lat, lon) = Offset(Lat, Lon, metres, 70);
        var ids = new List<string>();
        Assert.Equal(near ? 1 : 0, index.NearBoundary(lat, lon, strikeRadius, Day, Day, 100, ids));
        Assert.Equal(near ? ["a"] : [], ids);
    }

    [Fact]
    public void A_polygon_site_is_measured_from_its_edge_and_an_invalid_site_is_never_near()
    {
        var index = Index(Polygon("s", Box(37.140, 36.170, 37.145, 36.174), 100),
            Point("old", Lat, Lon, 500, to: Day.AddDays(-1)));
        var ids = new List<string>();
        index.NearBoundary(36.172, 37.1425, 0, Day, Day, 50, ids);
        Assert.Empty(ids); // inside: 100 m from the boundary
        var (lat, lon) = Offset(36.172, 37.145, 120, 90);
        index.NearBoundary(lat, lon, 0, Day, Day, 50, ids);
        Assert.Equal(["s"], ids);
        var (oldLat, oldLon) = Offset(Lat, Lon, 500, 0);
        Assert.Equal(0, index.NearBoundary(oldLat, oldLon, 0, Day, Day, 50, ids));
    }

    [Fact]
    public void Near_boundary_answers_agree_with_a_brute_force_geodesic_scan_over_random_sites_and_points()
    {
        var random = new Random(5);
        var sites = Enumerable.Range(0, 300).Select(i => Point($"s{i}", 36 + (random.NextDouble() * 0.3), 36.9 + (random.NextDouble() * 0.4),
            random.NextDouble() * 800)).ToArray();
        var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(Key));
        var buffer = new ProtectionBuffer(Key);
        var zones = sites.Select(s => new ProtectionZone(s, buffer.For(s.Id))).ToArray();
        var ids = new List<string>();
        var hits = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var (lat, lon, r) = (36 + (random.NextDouble() * 0.3), 36.9 + (random.NextDouble() * 0.4), i % 10 == 0 ? random.NextDouble() * 3_000 : random.NextDouble() * 300);
            ids.Clear();
            index.NearBoundary(lat, lon, r, Day, Day, 100, ids);
            var expected = zones.Where(z => Math.Abs(EllipsoidDistance.Metres(lat, lon, z.Frame.Latitude, z.Frame.Longitude) - (z.ReachMetres + r)) <= 100)
                .Select(z => z.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
            hits += ids.Count;
        }

        Assert.InRange(hits, 1_000, 19_000);
    }
}
