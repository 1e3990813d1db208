using NetTopologySuite.Geometries;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Deconfliction;

public sealed partial class ProtectedSiteIndex
{
    /// <summary>
    /// For the probing detector: adds to <paramref name="into"/> the ids of the valid sites whose
    /// checked boundary, for a strike of <paramref name="radiusMetres"/> at the point, lies within
    /// <paramref name="bandMetres"/> of it — the sites for which |geodesic distance to the checked
    /// geometry − (checked reach + strike radius)| ≤ band, by the same distances as
    /// <see cref="Check(double, double, double, DateTimeOffset, DateTimeOffset)"/>. Monitor-side
    /// only: the ids must never reach the asker.
    /// </summary>
    /// <returns>How many ids were added (0 for nearly every point of a real request).</returns>
    /// <remarks>
    /// Cost as a check: one grid lookup when radius + band is within the grid's strike radius (an
    /// R-tree query otherwise) and a local-frame distance per listed site; Vincenty's only within
    /// 1e-4 of either edge of the band. Allocates nothing unless <paramref name="into"/> grows. Thread-safe.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate, the radius or the band is out of range, or the window is reversed.</exception>
    public int NearBoundary(double latitude, double longitude, double radiusMetres, DateTimeOffset from, DateTimeOffset to, double bandMetres, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (!(Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), $"({latitude}, {longitude}) is not a WGS 84 coordinate.");
        }

        if (!(double.IsFinite(radiusMetres) && radiusMetres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "must be finite and not negative");
        }

        if (!(double.IsFinite(bandMetres) && bandMetres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(bandMetres), bandMetres, "must be finite and not negative");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var (f, t) = (from.UtcTicks, to.UtcTicks);
        var before = into.Count;
        if (radiusMetres + bandMetres <= _gridRadius)
        {
            foreach (var i in _grid.Candidates(latitude, longitude))
            {
                AddIfNear(i, latitude, longitude, radiusMetres, f, t, bandMetres, into);
            }
        }
        else
        {
            var (dLat, dLon) = ProtectionZone.Conservative(radiusMetres + bandMetres, latitude);
            foreach (var i in _tree.Query(new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat)))
            {
                AddIfNear(i, latitude, longitude, radiusMetres, f, t, bandMetres, into);
            }
        }

        return into.Count - before;
    }

    private void AddIfNear(int i, double latitude, double longitude, double radius, long from, long to, double band, List<string> into)
    {
        ref readonly var z = ref _cores[i];
        if (z.From > to || from > z.To)
        {
            return;
        }

        var limit = z.Reach + radius;
        if (!z.ExactOnly && limit + band <= LocalFrame.FastLimitMetres)
        {
            // The local-frame distance brackets the geodesic one; decide from it unless an edge of the band lies inside the bracket.
            var dLat = latitude - z.Latitude;
            var d = dLat * (Math.PI / 360);
            var north = dLat * z.NorthPerDegree;
            var east = (longitude - z.Longitude) * z.EastPerDegree * (1 - (z.TanLatitude * d) - (0.5 * d * d));
            var cheap = Math.Sqrt((north * north) + (east * east));
            var low = (cheap * (1 - LocalFrame.RelativeTolerance)) - LocalFrame.AbsoluteToleranceMetres;
            var high = (cheap * (1 + LocalFrame.RelativeTolerance)) + LocalFrame.AbsoluteToleranceMetres;
            if (low > limit + band || high < limit - band)
            {
                return;
            }

            if (low >= limit - band && high <= limit + band)
            {
                into.Add(_zones[i].Id);
                return;
            }

            if (Math.Abs(EllipsoidDistance.Metres(latitude, longitude, z.Latitude, z.Longitude) - limit) <= band)
            {
                into.Add(_zones[i].Id);
            }

            return;
        }

        if (Math.Abs(_zones[i].DistanceMetres(latitude, longitude) - limit) <= band)
        {
            into.Add(_zones[i].Id);
        }
    }
}
