using Truce.Domain.Events;
using Truce.Geo.Indexing;

namespace Truce.Geo.Admin;

/// <summary>
/// Assigns OCHA P-codes to points: the deepest layer present is searched, parents come from that
/// feature's own parent codes, and the answer is cut to the level the event's precision supports.
/// </summary>
/// <remarks>
/// Rule (stated in docs/admin-assignment.md): boundary counts as inside; a point on a boundary
/// shared by several divisions goes to the smallest P-code; a point outside every polygon is
/// unassigned, never snapped. Thread-safe after construction.
/// </remarks>
public sealed class AdminLookup
{
    private readonly Layer?[] _layers = new Layer?[4];

    /// <param name="boundaries">Divisions of any levels; one level may be missing.</param>
    public AdminLookup(IEnumerable<AdminBoundary> boundaries)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        foreach (var group in boundaries.Where(b => b.Level is >= AdminLevel.Admin1 and <= AdminLevel.Admin3).GroupBy(b => b.Level))
        {
            var ordered = group.OrderBy(b => b.Pcode, StringComparer.Ordinal).ToArray();
            _layers[(int)group.Key] = new Layer(ordered, new PolygonCover([.. ordered.Select(b => b.Geometry)]));
        }
    }

    /// <summary>True when no boundary was given.</summary>
    public bool IsEmpty => _layers.All(l => l is null);

    /// <summary>P-codes of the divisions containing (longitude, latitude), down to <paramref name="deepest"/>.</summary>
    public AdminCodes Assign(double longitude, double latitude, AdminLevel deepest)
    {
        if (deepest == AdminLevel.None)
        {
            return AdminCodes.None;
        }

        string? a1 = null, a2 = null, a3 = null;
        for (var level = (int)deepest; level >= 1; level--)
        {
            var feature = _layers[level]?.Find(longitude, latitude);
            if (feature is null)
            {
                continue;
            }

            switch (feature.Level)
            {
                case AdminLevel.Admin3:
                    a3 = feature.Pcode;
                    a2 = feature.Admin2Pcode;
                    a1 = feature.Admin1Pcode;
                    break;
                case AdminLevel.Admin2:
                    a2 = feature.Pcode;
                    a1 = feature.Admin1Pcode;
                    break;
                default:
                    a1 = feature.Pcode;
                    break;
            }

            // Fill any parent the feature did not name from its own layer.
            if (a2 is null && deepest >= AdminLevel.Admin2 && level > 2)
            {
                a2 = _layers[2]?.Find(longitude, latitude)?.Pcode;
            }

            if (a1 is null && level > 1)
            {
                a1 = _layers[1]?.Find(longitude, latitude)?.Pcode;
            }

            break;
        }

        return new AdminCodes(a1, deepest >= AdminLevel.Admin2 ? a2 : null, deepest >= AdminLevel.Admin3 ? a3 : null);
    }

    private sealed record Layer(AdminBoundary[] Features, PolygonCover Cover)
    {
        public AdminBoundary? Find(double x, double y)
        {
            var i = Cover.LocateFirst(x, y);
            return i < 0 ? null : Features[i];
        }
    }
}
