using Microsoft.Data.Sqlite;

namespace Truce.Storage.Sqlite.Schema;

/// <summary>
/// Versioned schema migrations, applied in order inside one transaction each; the applied version
/// is SQLite's <c>user_version</c>. A migration, once released, is never edited: changes are new
/// migrations appended to <see cref="All"/>.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: the event record, its source rows, imports and boundaries.
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT,
            recorded_at INTEGER NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0,
            revised INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE source_headers (
            id INTEGER PRIMARY KEY,
            names TEXT NOT NULL UNIQUE
        );
        CREATE TABLE events (
            rev_id INTEGER PRIMARY KEY,
            dataset INTEGER NOT NULL,
            source_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            line INTEGER NOT NULL,
            content_hash BLOB NOT NULL,
            date_start INTEGER NOT NULL,
            date_end INTEGER NOT NULL,
            date_prec INTEGER NOT NULL,
            geo_prec INTEGER NOT NULL,
            lat REAL,
            lon REAL,
            best INTEGER NOT NULL,
            low INTEGER NOT NULL,
            high INTEGER NOT NULL,
            adm1 TEXT,
            adm2 TEXT,
            adm3 TEXT,
            violence_type INTEGER,
            event_type TEXT,
            sub_event_type TEXT,
            disorder_type TEXT,
            actor1 TEXT,
            assoc_actor1 TEXT,
            actor2 TEXT,
            assoc_actor2 TEXT,
            inter1 TEXT,
            inter2 TEXT,
            interaction TEXT,
            civilian_targeting TEXT,
            dyad TEXT,
            conflict_name TEXT,
            country TEXT,
            iso TEXT,
            region TEXT,
            admin1_name TEXT,
            admin2_name TEXT,
            admin3_name TEXT,
            location TEXT,
            deaths_a INTEGER,
            deaths_b INTEGER,
            deaths_civilians INTEGER,
            deaths_unknown INTEGER,
            number_of_sources INTEGER,
            timestamp INTEGER,
            claimed_target TEXT,
            sources TEXT,
            source_scale TEXT,
            notes TEXT
        );
        CREATE TABLE event_sources (
            rev_id INTEGER PRIMARY KEY REFERENCES events(rev_id),
            header_id INTEGER NOT NULL REFERENCES source_headers(id),
            fields BLOB NOT NULL
        );
        CREATE UNIQUE INDEX ux_events_revision ON events(dataset, source_id, revision);
        CREATE INDEX ix_events_date ON events(date_start);
        CREATE TABLE boundaries (
            id INTEGER PRIMARY KEY,
            pcode TEXT NOT NULL,
            level INTEGER NOT NULL,
            name TEXT NOT NULL,
            adm1 TEXT,
            adm2 TEXT,
            wkb BLOB NOT NULL,
            content_hash BLOB NOT NULL,
            recorded_at INTEGER NOT NULL,
            superseded_at INTEGER,
            import_id INTEGER NOT NULL REFERENCES imports(id)
        );
        CREATE INDEX ix_boundaries_current ON boundaries(pcode) WHERE superseded_at IS NULL;
        """,
    ];

    /// <summary>Brings the database to the latest version; returns the version it was at.</summary>
    public static long Apply(SqliteConnection connection)
    {
        var current = Scalar(connection, "PRAGMA user_version");
        if (current > All.Count)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this Truce knows ({All.Count}); use a newer Truce.");
        }

        for (var v = (int)current; v < All.Count; v++)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = All[v] + $"\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
            tx.Commit();
        }

        return current;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
