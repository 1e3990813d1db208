using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;
using Truce.Geo.Indexing;
using Truce.Testing;

namespace Truce.Geo.Tests.Indexing;

/// <summary>The first covering polygon (the smallest index): how admin assignment breaks ties on shared boundaries.</summary>
public sealed class PolygonCoverFirstTests
{
    private static readonly IReadOnlyList<AdminBoundary> Admin3 = Load("syr_admin3.geojson");

    private static IReadOnlyList<AdminBoundary> Load(string file)
    {
        using var s = File.OpenRead(RepoFiles.Ocha(file));
        return [.. AdminGeoJsonReader.Read(s, file).OrderBy(b => b.Pcode, StringComparer.Ordinal)];
    }

    /// <summary>The exact answer, by testing every polygon: the first (smallest P-code) that covers the point.</summary>
    private static int BruteForce(List<Geometry> polygons, double x, double y)
    {
        var p = Wgs84.Point(x, y);
        for (var i = 0; i < polygons.Count; i++)
        {
            if (polygons[i].Covers(p))
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void Random_points_land_where_an_exhaustive_exact_test_puts_them()
    {
        var polygons = Admin3.Select(b => b.Geometry).ToList();
        var cover = new PolygonCover(polygons);
        var random = new Random(20161219);
        var extent = new Envelope();
        polygons.ForEach(p => extent.ExpandToInclude(p.EnvelopeInternal));
        var inside = 0;
        for (var i = 0; i < 5000; i++)
        {
            var x = extent.MinX - 0.1 + (random.NextDouble() * (extent.Width + 0.2));
            var y = extent.MinY - 0.1 + (random.NextDouble() * (extent.Height + 0.2));
            var expected = BruteForce(polygons, x, y);
            Assert.Equal(expected, cover.LocateFirst(x, y));
            inside += expected >= 0 ? 1 : 0;
        }

        Assert.InRange(inside, 2000, 4500); // the test did exercise both inside and outside
    }

    [Fact]
    public void Points_on_shared_boundaries_go_to_the_smallest_P_code()
    {
        var polygons = Admin3.Select(b => b.Geometry).ToList();
        var cover = new PolygonCover(polygons);
        var checkedShared = 0;
        // Every 10th vertex of every sub-district: vertices lie on the boundary, most of them shared.
        for (var i = 0; i < polygons.Count; i++)
        {
            var coordinates = polygons[i].Coordinates;
            for (var k = 0; k < coordinates.Length; k += 10)
            {
                var (x, y) = (coordinates[k].X, coordinates[k].Y);
                var expected = BruteForce(polygons, x, y);
                Assert.True(expected >= 0 && expected <= i, "a vertex is covered by its own polygon at least");
                Assert.Equal(expected, cover.LocateFirst(x, y));
                checkedShared += expected < i ? 1 : 0;
            }
        }

        Assert.True(checkedShared > 500, $"only {checkedShared} shared-boundary vertices were checked");
    }

    [Fact]
    public void A_point_outside_every_polygon_is_unassigned_not_snapped()
    {
        var cover = new PolygonCover([.. Admin3.Select(b => b.Geometry)]);
        Assert.Equal(-1, cover.LocateFirst(35.0, 34.0)); // the Mediterranean, west of Tartus
        Assert.Equal(-1, cover.LocateFirst(double.NaN, 34.0));
    }
}
