using Truce.Storage.Sqlite;

namespace Truce.Cli.Data;

/// <summary>Opens the store named by <c>--db</c>. Today: a SQLite file path (one file holds the event and adjudication stores).</summary>
internal static class Stores
{
    /// <summary>Opens the store, creating it if missing (for verbs that write).</summary>
    public static SqliteEventStore Open(string db) => SqliteEventStore.Open(db);

    /// <summary>Opens an existing store (for verbs that only read); null when there is none, so a mistyped path is not a new empty database.</summary>
    public static SqliteEventStore? OpenExisting(string db) => File.Exists(db) ? SqliteEventStore.Open(db) : null;

    /// <summary>The message for a missing database.</summary>
    public static string Missing(string db) => $"{db}: no such database (create one with truce import or truce demo)";
}
