using System.Diagnostics;
using Truce.Domain.Spatial;
using Truce.Geo.Control;

namespace Truce.Bench.Compare;

/// <summary>
/// W3: who controlled each event's point on its first day, over 272 admin3 polygons × 100 weekly
/// versions (27,200 records; days inclusive at both ends; the last version open-ended). Truce:
/// <see cref="ControlTimeline.At"/> over the events on both cores. PostGIS: point in polygon once
/// (subdivided polygons, GiST), then the version in force by one backward B-tree step on
/// (polygon, first day) — valid because an exclusion constraint keeps each polygon's versions
/// disjoint: one (id, controller) row per covering polygon, read by the client; the controllers are set
/// per event after the timing. Answers compared: the set of controllers (empty when unknown).
/// </summary>
internal static class W3Control
{
    // The plain join (… JOIN control c ON c.k = s.k AND c.valid_from <= e.day AND e.day <= c.valid_to) took 2.9–4.4 s at 1M:
    // its index scan reads every earlier version of the polygon. The table's exclusion constraint says versions never overlap,
    // so the one that started last on or before the day is the only candidate: one backward index step (1.5 s).
    private const string Sql = """
        WITH located AS MATERIALIZED (
          SELECT e.id, e.day, s.k FROM pts e JOIN admin3_sub s ON ST_Intersects(s.geom, e.geom))
        SELECT l.id, c.controller
        FROM located l
        CROSS JOIN LATERAL (
          SELECT c.controller, c.valid_to FROM control c
          WHERE c.k = l.k AND c.valid_from <= l.day
          ORDER BY c.valid_from DESC
          LIMIT 1) c
        WHERE l.day <= c.valid_to
        """;

    public static CompareResult Run(CompareContext context, int rounds)
    {
        var build = Stopwatch.StartNew();
        var timeline = new ControlTimeline(context.Inputs.Timeline);
        var built = build.Elapsed.TotalSeconds;
        var truce = new ControlAnswer[context.Count];
        var postgis = new List<(int Id, short Controller)>();
        var (t, p) = CompareRounds.Alternate("W3", rounds, warmUp: true,
            () =>
            {
                var watch = Stopwatch.StartNew();
                CompareContext.Parallel(context.Count, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        truce[i] = timeline.At(context.Lat[i], context.Lon[i], context.Day[i]);
                    }
                });
                return watch.Elapsed.TotalSeconds;
            },
            () => context.TimedRows(Sql, postgis, r => (r.GetInt32(0), r.GetInt16(1))));

        // Controllers per event as a bit set over CompareInputs.Controllers.
        var pg = new int[context.Count];
        foreach (var (id, c) in postgis)
        {
            pg[context.IndexOf[id]] |= 1 << c;
        }

        long mismatches = 0, boundary = 0, known = 0;
        for (var i = 0; i < context.Count; i++)
        {
            var mask = 0;
            foreach (var c in truce[i].Controllers)
            {
                mask |= 1 << Array.IndexOf(CompareInputs.Controllers, c);
            }

            known += mask == 0 ? 0 : 1;
            if (mask == pg[i])
            {
                continue;
            }

            var point = Wgs84.Point(context.Lon[i], context.Lat[i]);
            var near = context.Inputs.Admin3.Any(b => W2Admin.OnEdge(b.Geometry, point));
            (boundary, mismatches) = near ? (boundary + 1, mismatches) : (boundary, mismatches + 1);
        }

        return new CompareResult("W3", $"controller at (point, day), {context.Inputs.Admin3.Count} polygons × {CompareInputs.Versions} versions", 40, t, p,
            context.Count, mismatches, boundary, $"{known:N0} events with a controller; ControlTimeline built in {built:0.00} s");
    }
}
