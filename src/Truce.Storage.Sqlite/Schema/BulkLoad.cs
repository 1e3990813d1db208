using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Truce.Storage.Sqlite.Schema;

/// <summary>
/// A large import into a small table drops the event indexes inside its transaction and builds
/// them again before commit: one sort instead of a million random b-tree inserts. Readers never
/// see the table without them (the whole change commits at once), and the unique index is
/// checked when rebuilt.
/// </summary>
internal static class BulkLoad
{

    /// <summary>The index definitions of <c>events</c>, as in the latest migration.</summary>
    public static readonly string[] Indexes =
    [
        "CREATE UNIQUE INDEX ux_events_revision ON events(source_id, dataset, revision)",
        "CREATE INDEX ix_events_date ON events(date_start)",
    ];

    /// <summary>Defer when the file may hold more records than the table (about 400 bytes a record).</summary>
    public static bool ShouldDefer(long storedRows, long incomingBytes) => incomingBytes / 400 > Math.Max(storedRows, 50_000);

    /// <summary>
    /// Switches the file to a rollback journal for a bulk load, when no other connection has it
    /// open: new pages then go to the file once, instead of to the write-ahead log and again at
    /// the checkpoint. The transaction stays atomic and durable (journal and file are synced at
    /// commit). Returns false, changing nothing, when the file is shared.
    /// </summary>
    public static bool TryRollbackJournal(SqliteConnection connection)
    {
        // Leaving WAL needs the file to ourselves: ask once, without waiting, and take "busy" as
        // "shared". Straight through the C API: Microsoft.Data.Sqlite would retry a busy
        // statement for its whole command timeout.
        var db = connection.Handle!;
        raw.sqlite3_busy_timeout(db, 0);
        try
        {
            if (raw.sqlite3_prepare_v2(db, "PRAGMA journal_mode = DELETE", out var stmt) != raw.SQLITE_OK)
            {
                return false;
            }

            using (stmt)
            {
                return raw.sqlite3_step(stmt) == raw.SQLITE_ROW
                    && string.Equals(raw.sqlite3_column_text(stmt, 0).utf8_to_string(), "delete", StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            raw.sqlite3_busy_timeout(db, SqliteEventStore.BusyTimeoutMs);
        }
    }

    /// <summary>
    /// Back to write-ahead logging, the store's normal mode. If another connection opened the file
    /// meanwhile, the switch waits for it up to the busy timeout; failing that the file stays in
    /// rollback mode, which is just as safe, until the next <see cref="SqliteEventStore.Open"/>.
    /// </summary>
    /// <returns>True when the file is back in WAL mode.</returns>
    public static bool RestoreWal(SqliteConnection connection)
    {
        if (raw.sqlite3_prepare_v2(connection.Handle!, "PRAGMA journal_mode = WAL", out var stmt) != raw.SQLITE_OK)
        {
            return false;
        }

        using (stmt)
        {
            return raw.sqlite3_step(stmt) == raw.SQLITE_ROW
                && string.Equals(raw.sqlite3_column_text(stmt, 0).utf8_to_string(), "wal", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Turns the connection's foreign-key checks off for a bulk load, and on again after it (outside
    /// any transaction: inside one SQLite ignores the setting). A bulk load's rows refer only to
    /// the import row and the labels its own transaction wrote or read (<c>LabelCache</c>), so the
    /// nine parent lookups a row costs can only pass: 1M rows, 0.15-0.2 s (bench/README.md).
    /// The tests check <c>PRAGMA foreign_key_check</c> after bulk loads.
    /// </summary>
    public static void ForeignKeys(SqliteConnection connection, bool enforce)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = enforce ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF";
        cmd.ExecuteNonQuery();
    }

    public static void DropIndexes(SqliteConnection connection, SqliteTransaction tx) =>
        Run(connection, tx, "DROP INDEX ux_events_revision; DROP INDEX ix_events_date;");

    /// <summary>
    /// Builds the indexes, sorting the keys in runs of <see cref="SorterRunKiB"/> that are then
    /// merged: faster than one sort of every key in the store's 64 MiB cache (1M rows, one
    /// thread: 0.44-0.46 s against 0.49 s). With <paramref name="helperThreads"/> the runs are
    /// sorted on two helper threads while the table is scanned (0.63-0.66 s -> 0.55 s when the
    /// other core had nothing else to do). While the file's SHA-256 is taken in its second read,
    /// the other core has that to do, and helpers only compete with it: without them the index
    /// build took 0.44 s instead of 0.48-0.51 s, and the digest was ready when it ended instead of
    /// 0.05-0.07 s later (bench/README.md, session 13).
    /// </summary>
    public static void CreateIndexes(SqliteConnection connection, SqliteTransaction tx, bool helperThreads) =>
        Run(connection, tx, $"PRAGMA cache_size = -{SorterRunKiB}; PRAGMA threads = {(helperThreads ? 2 : 0)};\n" + string.Join(";\n", Indexes)
            + $";\nPRAGMA threads = 0; PRAGMA cache_size = -{SqliteEventStore.CacheKiB};");

    /// <summary>The sorter's run size while indexes are built, in KiB.</summary>
    private const int SorterRunKiB = 4096;

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
