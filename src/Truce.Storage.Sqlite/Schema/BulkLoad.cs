using Microsoft.Data.Sqlite;

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
        "CREATE UNIQUE INDEX ux_events_revision ON events(dataset, source_id, revision)",
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
    public static bool TryRollbackJournal(SqliteConnection connection) =>
        string.Equals(Scalar(connection, "PRAGMA journal_mode = DELETE"), "delete", StringComparison.OrdinalIgnoreCase);

    /// <summary>Back to write-ahead logging, the store's normal mode.</summary>
    public static void RestoreWal(SqliteConnection connection) => Scalar(connection, "PRAGMA journal_mode = WAL");

    public static void DropIndexes(SqliteConnection connection, SqliteTransaction tx) =>
        Run(connection, tx, "DROP INDEX ux_events_revision; DROP INDEX ix_events_date;");

    /// <summary>Builds the indexes, letting SQLite's sorter use a helper thread.</summary>
    public static void CreateIndexes(SqliteConnection connection, SqliteTransaction tx) =>
        Run(connection, tx, "PRAGMA threads = 2;\n" + string.Join(";\n", Indexes) + ";\nPRAGMA threads = 0;");

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() as string;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
