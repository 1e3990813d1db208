using Truce.Storage.Contract;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Data;

/// <summary>Opens the store named by <c>--db</c>. Today: a SQLite file path.</summary>
internal static class Stores
{
    public static IEventStore Open(string db) => SqliteEventStore.Open(db);
}
