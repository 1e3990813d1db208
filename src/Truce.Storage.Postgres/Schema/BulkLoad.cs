using Npgsql;

namespace Truce.Storage.Postgres.Schema;

/// <summary>
/// A large import into a small table drops the event indexes inside its transaction and builds
/// them again before commit: one sort each (the GiST index by PostGIS's sorted build) instead of
/// a million random inserts. The drop holds the table's exclusive lock until commit: readers wait
/// for a first bulk load instead of seeing the table half-indexed.
/// </summary>
internal static class BulkLoad
{
    /// <summary>The index definitions of <c>events</c>, as in the latest migration.</summary>
    public static readonly string[] Indexes =
    [
        "CREATE UNIQUE INDEX ux_events_revision ON events (dataset, source_id, revision)",
        "CREATE INDEX ix_events_date ON events (date_start)",
        "CREATE INDEX ix_events_geom ON events USING gist (geom)",
    ];

    /// <summary>Defer when the file may hold more records than the table (about 400 bytes a record), as in the SQLite store.</summary>
    public static bool ShouldDefer(long storedRows, long incomingBytes) => incomingBytes / 400 > Math.Max(storedRows, 50_000);

    public static void DropIndexes(NpgsqlConnection connection, NpgsqlTransaction tx) =>
        Run(connection, tx, "DROP INDEX ux_events_revision; DROP INDEX ix_events_date; DROP INDEX ix_events_geom;");

    public static void CreateIndexes(NpgsqlConnection connection, NpgsqlTransaction tx) =>
        Run(connection, tx, string.Join(";\n", Indexes) + ";");

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }
}
