using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;

namespace Truce.Geo.Deconfliction;

public sealed partial class ProtectedSiteIndex
{
    /// <summary>
    /// The ids of the sites a strike is in conflict with, by id: what the monitor's log records
    /// behind a conflict answer (never what the asker is told). Empty exactly when
    /// <see cref="Check(StrikeRequest)"/> answers clear.
    /// </summary>
    /// <remarks>For the monitor's record of conflicts, which are rare: it queries the STRtree and tests every zone it lists exactly, with no grid fast path.</remarks>
    public IReadOnlyList<string> SitesInConflict(StrikeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.From.UtcTicks;
        var to = request.To.UtcTicks;
        var env = new Envelope(request.Target.EnvelopeInternal);
        var (dLat, dLon) = ProtectionZone.Conservative(request.RadiusMetres, Math.Max(Math.Abs(env.MinY), Math.Abs(env.MaxY)));
        env.ExpandBy(dLon, dLat);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var i in _tree.Query(env))
        {
            var zone = _zones[i];
            if (zone.From > to || from > zone.To)
            {
                continue;
            }

            var touches = request.Target is Point p
                ? zone.TouchesPoint(p.Y, p.X, request.RadiusMetres)
                : zone.TouchesArea(request.Target, request.RadiusMetres);
            if (touches)
            {
                ids.Add(zone.Id);
            }
        }

        return [.. ids];
    }
}
