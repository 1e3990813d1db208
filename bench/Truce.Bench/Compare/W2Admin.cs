using System.Diagnostics;
using NetTopologySuite.Geometries;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;

namespace Truce.Bench.Compare;

/// <summary>
/// W2: every event's admin3 P-code by point in polygon (272 polygons; every event, whatever its
/// precision; boundary counts as inside, a point on a shared boundary goes to the smallest
/// P-code). Truce: <see cref="AdminLookup.Assign"/> (the import's assignment) over the events, on
/// both cores. PostGIS: <c>ST_Intersects</c> join of the points with the subdivided polygons'
/// GiST index, the (id, code) rows read by the client; the smallest code is taken per event after
/// the timing, as Truce's rule says.
/// </summary>
internal static class W2Admin
{
    private const string Sql = "SELECT e.id, s.k FROM pts e JOIN admin3_sub s ON ST_Intersects(s.geom, e.geom)";

    public static CompareResult Run(CompareContext context, int rounds)
    {
        var build = Stopwatch.StartNew();
        var lookup = new AdminLookup(context.Inputs.Admin3);
        var built = build.Elapsed.TotalSeconds;
        var truce = new string?[context.Count];
        var postgis = new List<(int Id, short K)>();
        var (t, p) = CompareRounds.Alternate("W2", rounds, warmUp: true,
            () =>
            {
                var watch = Stopwatch.StartNew();
                CompareContext.Parallel(context.Count, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        truce[i] = lookup.Assign(context.Lon[i], context.Lat[i], AdminLevel.Admin3).Admin3;
                    }
                });
                return watch.Elapsed.TotalSeconds;
            },
            () => context.TimedRows(Sql, postgis, r => (r.GetInt32(0), r.GetInt16(1))));

        // Smallest code per event (codes are P-codes in order); -1 for none.
        var pg = new short[context.Count];
        Array.Fill(pg, (short)-1);
        foreach (var (id, k) in postgis)
        {
            ref var slot = ref pg[context.IndexOf[id]];
            slot = slot < 0 || k < slot ? k : slot;
        }

        var admin3 = context.Inputs.Admin3;
        long mismatches = 0, boundary = 0, assigned = 0;
        for (var i = 0; i < context.Count; i++)
        {
            var expected = pg[i] < 0 ? null : admin3[pg[i]].Pcode;
            assigned += truce[i] is null ? 0 : 1;
            if (string.Equals(expected, truce[i], StringComparison.Ordinal))
            {
                continue;
            }

            var point = Wgs84.Point(context.Lon[i], context.Lat[i]);
            var near = admin3.Where(b => b.Pcode == expected || b.Pcode == truce[i]).Any(b => OnEdge(b.Geometry, point));
            (boundary, mismatches) = near ? (boundary + 1, mismatches) : (boundary, mismatches + 1);
        }

        return new CompareResult("W2", "events → admin3 (point in polygon)", 3, t, p, context.Count, mismatches, boundary,
            $"{assigned:N0} events in a polygon; AdminLookup built in {built:0.00} s; {ComparePostgis.SubdivideVertices}-vertex ST_Subdivide pieces");
    }

    /// <summary>Within 1e-9° of the polygon's boundary: the boundary rule's "on a boundary".</summary>
    public static bool OnEdge(Geometry polygon, Point point) => polygon.Boundary.Distance(point) <= 1e-9;

}
