using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;
using Truce.Geo.Indexing;

namespace Truce.Geo.Tests.Indexing;

public sealed class PolygonCoverTests
{
    private static readonly List<Geometry> Polygons = [.. RealLayers.Neighbourhoods.Select(b => b.Geometry)];
    private static readonly PolygonCover Cover = new(Polygons);

    /// <summary>The exact answer without an index: every polygon that covers the point.</summary>
    private static int[] BruteForce(double x, double y)
    {
        var p = Wgs84.Point(x, y);
        return [.. Enumerable.Range(0, Polygons.Count).Where(i => Polygons[i].Covers(p))];
    }

    private static int[] Indexed(double x, double y)
    {
        Span<int> found = stackalloc int[Math.Max(16, Cover.MaxCover)];
        var n = Cover.Locate(x, y, found);
        return [.. found[..n].ToArray().Order()];
    }

    [Fact]
    public void Random_points_get_the_polygons_an_exhaustive_exact_test_gives()
    {
        var random = new Random(20161222);
        var inside = 0;
        // Points around each city's neighbourhoods (the layer's full extent is mostly empty desert).
        foreach (var anchor in Polygons.Where((_, i) => i % 7 == 0))
        {
            var env = anchor.EnvelopeInternal;
            for (var k = 0; k < 40; k++)
            {
                var x = env.MinX - 0.01 + (random.NextDouble() * (env.Width + 0.02));
                var y = env.MinY - 0.01 + (random.NextDouble() * (env.Height + 0.02));
                var expected = BruteForce(x, y);
                Assert.Equal(expected, Indexed(x, y));
                inside += expected.Length > 0 ? 1 : 0;
            }
        }

        Assert.InRange(inside, 500, 2300); // both inside and outside were exercised
    }

    [Fact]
    public void A_vertex_on_a_shared_boundary_is_in_every_polygon_that_shares_it()
    {
        var shared = 0;
        for (var i = 0; i < Polygons.Count; i++)
        {
            var coordinates = Polygons[i].Coordinates;
            for (var k = 0; k < coordinates.Length; k += 3)
            {
                var (x, y) = (coordinates[k].X, coordinates[k].Y);
                var expected = BruteForce(x, y);
                Assert.Contains(i, expected);
                Assert.Equal(expected, Indexed(x, y));
                shared += expected.Length > 1 ? 1 : 0;
            }
        }

        Assert.True(shared > 1000, $"only {shared} vertices shared by two polygons were checked");
    }

    [Fact]
    public void Points_on_edges_between_vertices_agree_with_the_exact_test()
    {
        var random = new Random(7);
        var onTwo = 0;
        foreach (var polygon in Polygons)
        {
            var c = polygon.Coordinates;
            for (var k = 1; k < c.Length; k += 5)
            {
                // Halfway points of axis-aligned or general edges: exactly on the edge or a rounding away.
                var t = random.Next(2) == 0 ? 0.5 : random.NextDouble();
                var (x, y) = (c[k - 1].X + ((c[k].X - c[k - 1].X) * t), c[k - 1].Y + ((c[k].Y - c[k - 1].Y) * t));
                var expected = BruteForce(x, y);
                Assert.Equal(expected, Indexed(x, y));
                onTwo += expected.Length > 1 ? 1 : 0;
            }
        }

        Assert.True(onTwo > 50, $"only {onTwo} edge points fell in two polygons");
    }

    [Fact]
    public void A_point_outside_every_polygon_is_in_none()
    {
        Assert.Empty(Indexed(35.0, 34.0));
        Assert.Empty(Indexed(double.NaN, 36.2));
    }
}
