using System.Diagnostics;
using Truce.Server.Map;
using Truce.Storage.Queries;

namespace Truce.Bench.Compare;

/// <summary>
/// W5: map bins — events counted and their best estimates summed per square cell of a grid
/// anchored at (0°, 0°), for a box and a window of first days (both inclusive) — for three
/// viewports, <see cref="Queries"/> requests each with random windows from a fixed seed, one after
/// another as a server answers them: the Aleppo neighbourhoods' box over 30 days (cells of a
/// zoom-11 view), Aleppo governorate's box over 90 days (zoom 9), Syria's box over 365 days
/// (zoom 7). Truce: <c>MapIndex.Bins</c> (the <c>/api/bins</c> endpoint's index, built once per
/// store version). PostGIS: one prepared GROUP BY query per request, planned for its own values,
/// over the day B-tree and the points' GiST index (the table clustered by day), the cells read by
/// the client.
/// </summary>
internal static class W5Bins
{
    public const int Queries = 50;

    private const string Sql = """
        SELECT floor(ST_X(geom) / @cell)::bigint AS cx, floor(ST_Y(geom) / @cell)::bigint AS cy, count(*)::integer, sum(best)::bigint
        FROM pts
        WHERE day BETWEEN @from AND @to
          AND geom && ST_MakeEnvelope(@w, @s, @e, @n, 4326)
          AND ST_X(geom) BETWEEN @w AND @e AND ST_Y(geom) BETWEEN @s AND @n
        GROUP BY 1, 2
        """;

    private sealed record Request(BoundingBox Box, DateOnly From, DateOnly To, double Cell);

    public static IEnumerable<CompareResult> Run(CompareContext context, int rounds)
    {
        var build = Stopwatch.StartNew();
        var index = MapIndex.Build(context.Events, [], [], []);
        var built = build.Elapsed.TotalSeconds;
        var admin3 = context.Inputs.Admin3;
        var viewports = new (string Id, string Name, BoundingBox Box, int Days, double Cell)[]
        {
            ("W5a", "map bins: city (Aleppo), 30 days", Box(context.Inputs.Aleppo.Select(b => b.Geometry.EnvelopeInternal)), 30, 360.0 / 2048 / 16),
            ("W5b", "map bins: region (Aleppo governorate), 90 days", Box(admin3.Where(b => b.Admin1Pcode == "SY02").Select(b => b.Geometry.EnvelopeInternal)), 90, 360.0 / 512 / 16),
            ("W5c", "map bins: country (Syria), 365 days", Box(admin3.Select(b => b.Geometry.EnvelopeInternal)), 365, 360.0 / 128 / 16),
        };
        var random = new Random(2016);
        var (first, last) = (index.FirstDay!.Value.DayNumber, index.LastDay!.Value.DayNumber);
        foreach (var (id, name, box, days, cell) in viewports)
        {
            var requests = Enumerable.Range(0, Queries).Select(_ => random.Next(first, last - days + 2))
                .Select(d => new Request(box, DateOnly.FromDayNumber(d), DateOnly.FromDayNumber(d + days - 1), cell)).ToArray();
            var truce = new Dictionary<(long, long), (long Count, long Best)>[Queries];
            var postgis = new Dictionary<(long, long), (long Count, long Best)>[Queries];
            var (t, p) = CompareRounds.Alternate(id, rounds, warmUp: true,
                () =>
                {
                    var bins = new MapBins[Queries];
                    var watch = Stopwatch.StartNew();
                    for (var q = 0; q < Queries; q++)
                    {
                        var r = requests[q];
                        bins[q] = index.Bins(r.Box, r.From, r.To, r.Cell);
                    }

                    var seconds = watch.Elapsed.TotalSeconds;
                    for (var q = 0; q < Queries; q++)
                    {
                        truce[q] = bins[q].Cells.ToDictionary(c => ((long)Math.Floor(c.Longitude / cell), (long)Math.Floor(c.Latitude / cell)), c => ((long)c.Count, c.Best));
                    }

                    return seconds;
                },
                () => Query(context, requests, postgis));
            long mismatches = 0, cells = 0, events = 0;
            for (var q = 0; q < Queries; q++)
            {
                cells += truce[q].Count;
                events += truce[q].Values.Sum(v => v.Count);
                mismatches += truce[q].Count(kv => !postgis[q].TryGetValue(kv.Key, out var v) || v != kv.Value)
                    + postgis[q].Keys.Count(k => !truce[q].ContainsKey(k));
            }

            yield return new CompareResult(id, name, 10, t, p, cells, mismatches, 0,
                $"{Queries} requests a round: {events / Queries:N0} events and {cells / Queries:N0} cells per request on average; cells compared (count and best); MapIndex built in {built:0.00} s");
        }
    }

    private static BoundingBox Box(IEnumerable<NetTopologySuite.Geometries.Envelope> envelopes)
    {
        var all = envelopes.ToArray();
        return new BoundingBox(all.Min(e => e.MinX), all.Min(e => e.MinY), all.Max(e => e.MaxX), all.Max(e => e.MaxY));
    }

    private static double Query(CompareContext context, Request[] requests, Dictionary<(long, long), (long, long)>[] answers)
    {
        using var connection = context.Connect();

        // The generic plan of the prepared statement (chosen after five executions) guesses a handful of rows and takes a
        // bitmap AND of both indexes: 190–210 ms for a country-year against 105 ms for the custom plan (a parallel scan of
        // the day index). The expert keeps the statement prepared and plans each request for its own values.
        CompareContext.Execute(connection, "SET plan_cache_mode = force_custom_plan");
        using var cmd = new Npgsql.NpgsqlCommand(Sql, connection) { CommandTimeout = 3600 };
        var (cell, from, to) = (cmd.Parameters.Add("cell", NpgsqlTypes.NpgsqlDbType.Double), cmd.Parameters.Add("from", NpgsqlTypes.NpgsqlDbType.Date), cmd.Parameters.Add("to", NpgsqlTypes.NpgsqlDbType.Date));
        var (w, s, e, n) = (cmd.Parameters.Add("w", NpgsqlTypes.NpgsqlDbType.Double), cmd.Parameters.Add("s", NpgsqlTypes.NpgsqlDbType.Double),
            cmd.Parameters.Add("e", NpgsqlTypes.NpgsqlDbType.Double), cmd.Parameters.Add("n", NpgsqlTypes.NpgsqlDbType.Double));
        cmd.Prepare();
        var rows = new List<(long, long, long, long)>[requests.Length];
        var watch = Stopwatch.StartNew();
        for (var q = 0; q < requests.Length; q++)
        {
            var r = requests[q];
            (cell.Value, from.Value, to.Value) = (r.Cell, r.From, r.To);
            (w.Value, s.Value, e.Value, n.Value) = (r.Box.West, r.Box.South, r.Box.East, r.Box.North);
            rows[q] = [];
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows[q].Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt64(3)));
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        for (var q = 0; q < requests.Length; q++)
        {
            answers[q] = rows[q].ToDictionary(x => (x.Item1, x.Item2), x => (x.Item3, x.Item4));
        }

        return seconds;
    }
}
