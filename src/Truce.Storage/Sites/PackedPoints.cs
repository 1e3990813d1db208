using System.Collections;
using NetTopologySuite.Geometries;

namespace Truce.Storage.Sites;

/// <summary>
/// Many points kept as interleaved longitude, latitude doubles — a batch check's targets — read as
/// a list of <see cref="Point"/>s (made on access) so a million targets cost 16 MB, not a million objects.
/// </summary>
/// <remarks>Immutable once built; thread-safe to read.</remarks>
public sealed class PackedPoints : IReadOnlyList<Geometry>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private readonly double[] _xy;

    /// <summary>Wraps <paramref name="xy"/> (longitude, latitude, longitude, latitude, ...); not copied.</summary>
    /// <exception cref="ArgumentException">An odd number of values.</exception>
    public PackedPoints(double[] xy)
    {
        ArgumentNullException.ThrowIfNull(xy);
        _xy = xy.Length % 2 == 0 ? xy : throw new ArgumentException("Points are pairs of longitude and latitude.", nameof(xy));
    }

    /// <summary>The interleaved longitudes and latitudes.</summary>
    public ReadOnlySpan<double> Values => _xy;

    public int Count => _xy.Length / 2;

    public Geometry this[int index] => Wgs84.CreatePoint(new Coordinate(Longitude(index), Latitude(index)));

    /// <summary>The longitude of point <paramref name="index"/>.</summary>
    public double Longitude(int index) => _xy[2 * index];

    /// <summary>The latitude of point <paramref name="index"/>.</summary>
    public double Latitude(int index) => _xy[(2 * index) + 1];

    public IEnumerator<Geometry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
