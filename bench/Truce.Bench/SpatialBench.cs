using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Truce.Domain.Events;
using Truce.Geo.Admin;
using Truce.Storage.Engines;
using Truce.Storage.Queries;

namespace Truce.Bench;

/// <summary>
/// Where spatial work is fastest, measured on the 1M-event databases of <c>all</c> and
/// <c>postgres</c>: box counts (SQLite's column ranges vs PostGIS's GiST index) and assigning every
/// event its admin3 P-code (the in-process grid vs a PostGIS <c>ST_Intersects</c> join).
/// </summary>
internal static class SpatialBench
{
    public static int Run(string sqlite, string postgres)
    {
        var c = CultureInfo.InvariantCulture;
        // 200 boxes of 0.1° (a city) around real event points, the same for both engines.
        using var pg = Databases.Open(postgres);
        var points = pg.MapEvents().Select(e => (e.Longitude, e.Latitude)).ToList();
        var random = new Random(7);
        var boxes = Enumerable.Range(0, 200).Select(_ => points[random.Next(points.Count)])
            .Select(p => new BoundingBox(p.Longitude - 0.05, p.Latitude - 0.05, p.Longitude + 0.05, p.Latitude + 0.05)).ToList();
        foreach (var db in new[] { sqlite, postgres })
        {
            using var store = Databases.Open(db);
            var times = new List<double>();
            long total = 0;
            foreach (var box in boxes)
            {
                var watch = Stopwatch.StartNew();
                total += store.CountEvents(new EventQuery { Bbox = box });
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(c, $"box-count,{(Databases.IsPostgres(db) ? "postgres" : "sqlite")},{boxes.Count},{total},p50 {times[times.Count / 2]:0.00} ms,p99 {times[(int)(times.Count * 0.99)]:0.00} ms"));
        }

        var boundaries = pg.Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3);
        var build = Stopwatch.StartNew();
        var lookup = new AdminLookup(boundaries);
        var built = build.Elapsed.TotalSeconds;
        var assign = Stopwatch.StartNew();
        long assigned = 0;
        foreach (var (x, y) in points)
        {
            assigned += lookup.Assign(x, y, AdminLevel.Admin3).Admin3 is null ? 0 : 1;
        }

        var inProcess = assign.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(c, $"admin3-assign,in-process,{points.Count},{assigned},{inProcess:0.000} s (+{built:0.000} s grid build),{points.Count / inProcess:0} points/s"));
        using var connection = new NpgsqlConnection(postgres);
        connection.Open();
        using var cmd = new NpgsqlCommand("""
            SELECT count(*) FROM events e JOIN boundaries b
              ON b.level = 3 AND b.superseded_at IS NULL AND ST_Intersects(b.geom, e.geom)
            WHERE e.superseded_at IS NULL
            """, connection) { CommandTimeout = 600 };
        var sql = Stopwatch.StartNew();
        var joined = (long)cmd.ExecuteScalar()!;
        var inPostgis = sql.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(c, $"admin3-assign,postgis,{points.Count},{joined},{inPostgis:0.000} s,{points.Count / inPostgis:0} points/s"));
        return 0;
    }
}
