using System.Diagnostics;
using Truce.Geo.Control;
using Truce.Geo.Geodesy;

namespace Truce.Bench.Compare;

/// <summary>
/// W4: the nearest controlled place within 5 km of each event (5,000 places, great-circle metres
/// on the sphere of the WGS 84 mean radius, as <see cref="ControlTimeline"/> measures). Truce:
/// <see cref="ControlTimeline.At"/> over a timeline of place records only, on both cores.
/// PostGIS: a LATERAL k-nearest-neighbour query per event on the places' geography GiST index
/// (<c>ORDER BY geog &lt;-&gt; geog LIMIT 1</c>, the sphere distance) bounded by
/// <c>ST_DWithin(…, 5000, false)</c> (sphere), read by the client. PostgreSQL 15 runs such a
/// LATERAL … LIMIT in the leader only (its plan has a Gather under the scan of the points, the
/// nearest-neighbour probes above it), so the batch is split in two halves by day, run at the same
/// time on two connections: both cores, as Truce uses.
/// </summary>
internal static class W4Nearest
{
    private const string Sql = """
        SELECT e.id, n.k
        FROM pts e
        CROSS JOIN LATERAL (
          SELECT p.k FROM places p
          WHERE ST_DWithin(p.geog, e.geog, 5000, false)
          ORDER BY p.geog <-> e.geog
          LIMIT 1) n
        WHERE e.day >= @from AND e.day < @to
        """;

    public static CompareResult Run(CompareContext context, int rounds)
    {
        var places = context.Inputs.Places;
        var build = Stopwatch.StartNew();
        var timeline = new ControlTimeline(context.Inputs.PlaceRecords(), new ControlTimelineOptions { PlaceRadiusMetres = CompareInputs.PlaceRadiusMetres });
        var built = build.Elapsed.TotalSeconds;
        var truce = new ControlAnswer[context.Count];
        var postgis = new List<(int Id, int Place)>();
        var (t, p) = CompareRounds.Alternate("W4", rounds, warmUp: true,
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
            () => Query(context, postgis));

        var pg = new int[context.Count];
        Array.Fill(pg, -1);
        foreach (var (id, k) in postgis)
        {
            pg[context.IndexOf[id]] = k;
        }

        var placeIndex = places.Select((q, k) => (q.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        long mismatches = 0, boundary = 0, found = 0;
        for (var i = 0; i < context.Count; i++)
        {
            var records = truce[i].Records;
            var ours = records.Select(r => placeIndex[r.Id]).ToArray();
            found += ours.Length > 0 ? 1 : 0;
            if ((ours.Length == 0 && pg[i] < 0) || (pg[i] >= 0 && ours.Contains(pg[i])))
            {
                continue;
            }

            // Left out as on a boundary: the two answers lie within 1 mm of each other's distance, or of the 5 km radius.
            double Metres(int k) => k < 0 ? CompareInputs.PlaceRadiusMetres : GreatCircle.Metres(context.Lat[i], context.Lon[i], places[k].Latitude, places[k].Longitude);
            var (a, b) = (ours.Length == 0 ? CompareInputs.PlaceRadiusMetres : Metres(ours[0]), Metres(pg[i]));
            var near = Math.Abs(a - b) <= 1e-3 || Math.Abs(a - CompareInputs.PlaceRadiusMetres) <= 1e-3 || Math.Abs(b - CompareInputs.PlaceRadiusMetres) <= 1e-3;
            (boundary, mismatches) = near ? (boundary + 1, mismatches) : (boundary, mismatches + 1);
        }

        return new CompareResult("W4", $"nearest controlled place (of {places.Length:N0}, ≤ 5 km)", 40, t, p, context.Count, mismatches, boundary,
            $"{found:N0} events with a place within 5 km; ControlTimeline built in {built:0.00} s");
    }

    private static double Query(CompareContext context, List<(int, int)> rows)
    {
        rows.Clear();
        var split = context.Day.Order().ElementAt(context.Count / 2);
        var halves = new[] { (DateOnly.MinValue, split), (split, DateOnly.MaxValue) };
        var connections = halves.Select(_ => context.Connect()).ToArray();
        var parts = new List<(int, int)>[halves.Length];
        var watch = Stopwatch.StartNew();
        System.Threading.Tasks.Parallel.For(0, halves.Length, h =>
        {
            parts[h] = [];
            using var cmd = new Npgsql.NpgsqlCommand(Sql, connections[h]) { CommandTimeout = 3600 };
            cmd.Parameters.AddWithValue("from", halves[h].Item1);
            cmd.Parameters.AddWithValue("to", halves[h].Item2);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                parts[h].Add((r.GetInt32(0), r.GetInt32(1)));
            }
        });
        var seconds = watch.Elapsed.TotalSeconds;
        foreach (var c in connections)
        {
            c.Dispose();
        }

        rows.AddRange(parts.SelectMany(p => p));
        return seconds;
    }
}
