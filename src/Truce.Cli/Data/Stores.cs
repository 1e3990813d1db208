using Truce.Storage.Contract;
using Truce.Storage.Engines;

namespace Truce.Cli.Data;

/// <summary>Opens the store named by <c>--db</c>: a SQLite file path, or a PostgreSQL connection string or <c>postgres://</c> URL (see <see cref="Databases"/>).</summary>
internal static class Stores
{
    /// <summary>Opens the store, creating it if missing (for verbs that write).</summary>
    public static ITruceStore Open(string db) => Databases.Open(db);

    /// <summary>Opens an existing store (for verbs that only read); null when there is no such file, so a mistyped path is not a new empty database.</summary>
    public static ITruceStore? OpenExisting(string db) => Databases.OpenExisting(db);

    /// <summary>The message for a missing database.</summary>
    public static string Missing(string db) => $"{db}: no such database (create one with truce import or truce demo)";
}
