using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Tests.Geodesy;

public sealed class EllipsoidAreaTests
{
    private const double A = 6_378_137.0;
    private const double E2 = (1 / 298.257_223_563) * (2 - (1 / 298.257_223_563));

    /// <summary>
    /// A second method, sharing nothing with the implementation: Green's theorem over the
    /// ellipsoid's area element M(φ)N(φ)cos φ, integrated numerically (composite Simpson).
    /// </summary>
    private static double ByAreaElement(Coordinate[] ring)
    {
        static double Element(double phi)
        {
            var w = 1 - (E2 * Math.Sin(phi) * Math.Sin(phi));
            return A * (1 - E2) / Math.Pow(w, 1.5) * (A / Math.Sqrt(w)) * Math.Cos(phi);
        }

        static double Simpson(Func<double, double> f, double a, double b, int n = 16)
        {
            var h = (b - a) / n;
            var sum = f(a) + f(b);
            for (var k = 1; k < n; k++)
            {
                sum += f(a + (k * h)) * (k % 2 == 1 ? 4 : 2);
            }

            return sum * h / 3;
        }

        var reference = ring[0].Y * Math.PI / 180;
        double F(double phi) => Simpson(Element, reference, phi);
        var total = 0.0;
        for (var i = 1; i < ring.Length; i++)
        {
            var (p1, p2) = (ring[i - 1].Y * Math.PI / 180, ring[i].Y * Math.PI / 180);
            total += (ring[i].X - ring[i - 1].X) * Math.PI / 180 * (F(p1) + (4 * F((p1 + p2) / 2)) + F(p2)) / 6;
        }

        return Math.Abs(total);
    }

    [Fact]
    public void The_authalic_radius_is_the_published_WGS_84_value()
    {
        // NIMA TR8350.2 (WGS 84), table 3.3: radius of the sphere of equal area 6,371,007.1810 m.
        Assert.Equal(6_371_007.1810, EllipsoidArea.AuthalicRadiusMetres, 3);
        // Hence the ellipsoid's surface, 510,065,621.7 km² (4πR²).
        Assert.Equal(510_065_621.7, 4 * Math.PI * EllipsoidArea.AuthalicRadiusMetres * EllipsoidArea.AuthalicRadiusMetres / 1e6, 0);
    }

    [Fact]
    public void A_small_square_at_Aleppo_has_the_area_the_area_element_gives()
    {
        var square = Wgs84.Factory.CreatePolygon([new(37.10, 36.20), new(37.11, 36.20), new(37.11, 36.21), new(37.10, 36.21), new(37.10, 36.20)]);
        var expected = ByAreaElement(square.Coordinates);
        Assert.InRange(expected, 0.99e6, 1.0e6); // ~0.898 km × 1.109 km
        Assert.Equal(expected, EllipsoidArea.SquareMetres(square), expected * 1e-6);
    }

    [Fact]
    public void Every_OCHA_neighbourhood_agrees_with_the_area_element_within_a_part_in_ten_thousand()
    {
        foreach (var b in RealLayers.Neighbourhoods)
        {
            var polygon = b.Geometry as Polygon ?? (Polygon)b.Geometry.GetGeometryN(0);
            var expected = ByAreaElement(polygon.ExteriorRing.Coordinates) - polygon.InteriorRings.Sum(h => ByAreaElement(h.Coordinates));
            Assert.Equal(expected, EllipsoidArea.SquareMetres(polygon), expected * 1e-4);
        }
    }

    [Fact]
    public void Orientation_gives_the_sign_and_holes_are_subtracted()
    {
        var outer = new Coordinate[] { new(37.0, 36.0), new(37.1, 36.0), new(37.1, 36.1), new(37.0, 36.1), new(37.0, 36.0) };
        var hole = new Coordinate[] { new(37.02, 36.02), new(37.02, 36.04), new(37.04, 36.04), new(37.04, 36.02), new(37.02, 36.02) };
        var ccw = EllipsoidArea.Ring(Wgs84.Factory.CoordinateSequenceFactory.Create(outer));
        Assert.True(ccw > 0);
        Assert.Equal(-ccw, EllipsoidArea.Ring(Wgs84.Factory.CoordinateSequenceFactory.Create([.. outer.Reverse()])), 1e-6);
        var withHole = Wgs84.Factory.CreatePolygon(Wgs84.Factory.CreateLinearRing(outer), [Wgs84.Factory.CreateLinearRing(hole)]);
        Assert.Equal(ByAreaElement(outer) - ByAreaElement(hole), EllipsoidArea.SquareMetres(withHole), 1.0);
    }
}
