using Truce.Storage.Contract;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Data;

/// <summary>Opens the store named by <c>--db</c>. Today: a SQLite file path.</summary>
internal static class Stores
{
    /// <summary>Opens the store, creating it if missing (for verbs that write).</summary>
    public static IEventStore Open(string db) => SqliteEventStore.Open(db);

    /// <summary>Opens an existing store (for verbs that only read); null when there is none, so a mistyped path is not a new empty database.</summary>
    public static IEventStore? OpenExisting(string db) => File.Exists(db) ? SqliteEventStore.Open(db) : null;
}
