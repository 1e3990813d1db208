using System.Diagnostics;
using System.Globalization;

namespace Truce.Bench.Compare;

/// <summary>
/// W1: import the N-row file into a durable, indexed store. Truce: <c>truce import</c>'s code path
/// (<c>Databases.Open</c> on a fresh SQLite file with the OCHA admin1–3 layers already in, then
/// <c>ImportEvents</c>: parse, validate, revision check, P-codes, archive, durable commit, the
/// unique and date indexes), timed inside a fresh child process around <c>ImportEvents</c>.
/// PostGIS: in one transaction, CREATE TABLE with a stored generated point column, COPY of the same
/// file (server-side, the fastest COPY there is), the unique index on the id, a date index and a
/// GiST index on the points, COMMIT with fsync on; ANALYZE after, untimed.
/// </summary>
internal static class W1Import
{
    private static readonly string[] IntColumns =
    [
        "id", "year", "active_year", "type_of_violence", "conflict_new_id", "dyad_new_id", "side_a_new_id", "side_b_new_id", "gwnob",
        "number_of_sources", "where_prec", "priogrid_gid", "country_id", "event_clarity", "date_prec", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "low", "best", "high",
    ];

    public static CompareResult Run(CompareContext context, int rounds)
    {
        var header = File.ReadLines(context.Csv).First().Split(',');
        var columns = string.Join(",\n  ", header.Select(h => $"{h} {Type(h)}"));
        var create = $"""
            CREATE TABLE ged (
              {columns},
              geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED)
            """;
        long truceRows = 0, postgisRows = 0;
        var (t, p) = CompareRounds.Alternate("W1", rounds, warmUp: false,
            () => Truce(context, out truceRows),
            () => Postgis(context, create, out postgisRows));
        using (var connection = context.Connect())
        {
            CompareContext.Execute(connection, "ANALYZE ged");
        }

        context.LoadEvents();
        var (compared, mismatches) = Agree(context);
        return new CompareResult("W1", $"import {context.Options.Rows:N0} rows to a durable, indexed store", 2.5, t, p, compared, mismatches, 0,
            $"rows imported: Truce {truceRows:N0}, PostGIS {postgisRows:N0}; compared per row: id, first day, longitude, latitude, best");
    }

    /// <summary>Each stored event's (day, point, best) on both sides, by id; a row missing on either side counts as a mismatch.</summary>
    public static (long Compared, long Mismatches) Agree(CompareContext context)
    {
        using var connection = context.Connect();
        using var cmd = new Npgsql.NpgsqlCommand("SELECT id, date_start, longitude, latitude, best FROM ged", connection) { CommandTimeout = 3600 };
        using var r = cmd.ExecuteReader();
        long compared = 0, mismatches = 0;
        var seen = new bool[context.Count];
        while (r.Read())
        {
            compared++;
            if (!context.IndexOf.TryGetValue(r.GetInt32(0), out var i))
            {
                mismatches++;
                continue;
            }

            seen[i] = true;
            var e = context.Events[i];
            mismatches += e.Day == r.GetFieldValue<DateOnly>(1) && e.Longitude == r.GetDouble(2) && e.Latitude == r.GetDouble(3) && e.Best == r.GetInt32(4) ? 0 : 1;
        }

        var missing = seen.Count(s => !s);
        return (compared + missing, mismatches + missing);
    }

    private static string Type(string column) => column switch
    {
        "latitude" or "longitude" => "double precision",
        "date_start" or "date_end" => "date",
        _ when IntColumns.Contains(column, StringComparer.Ordinal) => "integer",
        _ => "text",
    };

    private static double Truce(CompareContext context, out long rows)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(context.Sqlite + suffix);
        }

        Sync();
        var output = CompareChild.Run("import", context.Sqlite, context.Csv, Path.Combine(context.Repo, "data", "ocha"));
        var line = output.Split('\n').First(l => l.StartsWith("import,", StringComparison.Ordinal)).Split(',');
        rows = long.Parse(line[1], CultureInfo.InvariantCulture);
        return double.Parse(line[2], CultureInfo.InvariantCulture);
    }

    private static double Postgis(CompareContext context, string create, out long rows)
    {
        using var connection = context.Connect();
        CompareContext.Execute(connection, "DROP TABLE IF EXISTS ged; CHECKPOINT");
        Sync();
        var watch = Stopwatch.StartNew();
        using (var tx = connection.BeginTransaction())
        {
            CompareContext.Execute(connection, create);
            using (var copy = new Npgsql.NpgsqlCommand($"COPY ged ({string.Join(',', File.ReadLines(context.Csv).First().Split(','))}) FROM '{context.Csv.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT csv, HEADER true)", connection) { CommandTimeout = 3600 })
            {
                rows = copy.ExecuteNonQuery();
            }

            CompareContext.Execute(connection, """
                CREATE UNIQUE INDEX ged_id ON ged (id);
                CREATE INDEX ged_date ON ged (date_start);
                CREATE INDEX ged_geom ON ged USING gist (geom);
                """);
            tx.Commit();
        }

        var seconds = watch.Elapsed.TotalSeconds;

        // Untimed: the work PostgreSQL defers after a bulk load (autovacuum's first VACUUM and ANALYZE
        // of a million new rows; the checkpointer writing the dirty shared buffers) is done now, so
        // that it does not run during the next Truce round.
        CompareContext.Execute(connection, "VACUUM (ANALYZE) ged");
        CompareContext.Execute(connection, "CHECKPOINT");
        return seconds;
    }

    /// <summary>Flushes other dirty pages first, so neither side's durable commit pays for the other's writes.</summary>
    private static void Sync()
    {
        using var p = Process.Start("sync")!;
        p.WaitForExit();
    }
}
