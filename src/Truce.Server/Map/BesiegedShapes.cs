using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Truce.Domain.Control;
using Truce.Domain.Humanitarian;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;

namespace Truce.Server.Map;

/// <summary>
/// Where each besieged area is on a day. An area with fixed P-codes is the union of those stored
/// boundaries. An area defined by a controller (<see cref="BesiegedArea.HeldBy"/>) is derived: the
/// neighbourhoods among <see cref="BesiegedArea.Within"/> that some control record in force that
/// day gives to that controller, dissolved into one shape — so it shrinks as the control record
/// says the pocket shrank, and is labelled a derivation, never a mapped siege line.
/// </summary>
/// <remarks>Immutable apart from a cache of unions by neighbourhood set; thread-safe. A day's shape is O(records of the area).</remarks>
internal sealed class BesiegedShapes
{
    private readonly Dictionary<string, Neighbourhood[]> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Geometry> _boundaries;
    private readonly Dictionary<string, string> _boundaryNames;
    private readonly ConcurrentDictionary<string, Geometry> _unions = new(StringComparer.Ordinal);

    /// <param name="areas">The manifest's areas.</param>
    /// <param name="control">The scenario's control records (neighbourhood polygons with their dates).</param>
    /// <param name="boundaries">Stored boundaries (any level) for fixed P-codes and convoy destinations.</param>
    public BesiegedShapes(IEnumerable<BesiegedArea> areas, IEnumerable<ControlRecord> control, IEnumerable<AdminBoundary> boundaries)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(boundaries);
        var mapped = control.Where(r => r.Shape == ControlShape.Area && r.Geometry is not null && r.AreaCode is not null)
            .GroupBy(r => r.AreaCode!, StringComparer.Ordinal)
            .Select(g => new Neighbourhood(g.Key, g.First().Name ?? g.Key, g.First().Geometry!, [.. g]))
            .ToList();
        foreach (var area in areas.Where(a => a.HeldBy is not null))
        {
            _candidates[area.Id] = [.. mapped.Where(n => area.Within.Any(w => Covers(w, n.Code))).OrderBy(n => n.Code, StringComparer.Ordinal)];
        }

        var list = boundaries.ToList();
        _boundaries = list.GroupBy(b => b.Pcode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Geometry, StringComparer.Ordinal);
        _boundaryNames = list.GroupBy(b => b.Pcode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    /// <summary>The area's shape on <paramref name="day"/>, or null when it has none (no P-codes, nothing held, boundaries not stored).</summary>
    public AreaShape? On(BesiegedArea area, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (area.HeldBy is { } holder && _candidates.TryGetValue(area.Id, out var candidates))
        {
            var held = new List<HeldPart>();
            foreach (var n in candidates)
            {
                var active = n.Records.Where(r => r.IsActiveOn(day)).ToList();
                if (active.Any(r => string.Equals(r.Controller, holder, StringComparison.Ordinal)))
                {
                    var contested = active.Any(r => !string.Equals(r.Controller, holder, StringComparison.Ordinal));
                    held.Add(new HeldPart(n.Code, n.Name, [.. active.Select(r => r.Id)], contested, n.Geometry));
                }
            }

            return held.Count == 0 ? null : new AreaShape(Union(held.Select(h => (h.Code, h.Geometry))), held, true, holder);
        }

        var fixedParts = area.Pcodes.Where(_boundaries.ContainsKey).Select(p => (p, _boundaries[p])).ToList();
        return fixedParts.Count == 0 ? null : new AreaShape(Union(fixedParts), [], false, null);
    }

    /// <summary>A stored boundary's geometry and name by P-code (any level), or null.</summary>
    public (Geometry Geometry, string Name)? Boundary(string pcode) =>
        _boundaries.TryGetValue(pcode, out var g) ? (g, _boundaryNames[pcode]) : null;

    /// <summary>A point inside <paramref name="geometry"/> (its centroid when that is inside, else an interior point).</summary>
    public static Point Inside(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var centroid = geometry.Centroid;
        return geometry.Contains(centroid) ? centroid : geometry.InteriorPoint;
    }

    private static bool Covers(string within, string code) => within.EndsWith('*')
        ? code.StartsWith(within[..^1], StringComparison.Ordinal)
        : string.Equals(within, code, StringComparison.Ordinal);

    private Geometry Union(IEnumerable<(string Code, Geometry Geometry)> parts)
    {
        var list = parts.ToList();
        var key = string.Join(',', list.Select(p => p.Code));
        return _unions.GetOrAdd(key, _ =>
        {
            var union = UnaryUnionOp.Union(list.Select(p => p.Geometry).ToList());
            // A union may come back as a collection (touching slivers): then draw the parts as they are.
            return union is Polygon or MultiPolygon
                ? union
                : Wgs84.Factory.CreateMultiPolygon([.. list.SelectMany(p => Polygons(p.Geometry))]);
        });
    }

    private static IEnumerable<Polygon> Polygons(Geometry g) => g switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.Cast<Polygon>(),
        _ => [],
    };

    private sealed record Neighbourhood(string Code, string Name, Geometry Geometry, IReadOnlyList<ControlRecord> Records);
}
