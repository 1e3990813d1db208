using Truce.Cli.Console;
using Truce.Storage.Audit;
using Truce.Storage.Contract;
using Truce.Storage.Engines;

namespace Truce.Cli.Data;

/// <summary>Opens the store named by <c>--db</c>: a SQLite file path, or a PostgreSQL connection string or <c>postgres://</c> URL (see <see cref="Databases"/>).</summary>
internal static class Stores
{
    /// <summary>Who the command's writes are recorded as in the audit log.</summary>
    public static string Author => $"cli:{Environment.UserName}";

    /// <summary>Opens the store, creating it if missing (for verbs that write).</summary>
    public static ITruceStore Open(string db) => As(Databases.Open(db));

    /// <summary>Opens an existing store (for verbs that only read); null when there is no such file, so a mistyped path is not a new empty database.</summary>
    public static ITruceStore? OpenExisting(string db) => Databases.OpenExisting(db) is { } store ? As(store) : null;

    /// <summary>The message for a missing database.</summary>
    public static string Missing(string db) => $"{db}: no such database (create one with truce import or truce demo)";

    /// <summary>Signs a checkpoint of the audit log after a command's writes (with the key <see cref="Databases.AuditKeyPath"/> names, created if missing).</summary>
    public static void Checkpoint(ITruceStore store, string db)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(db));
        if (store.Checkpoint(key) is { } signed)
        {
            Terminal.Info($"audit log: {signed.Checkpoint.Size} entries, checkpoint signed with {key.Path}");
        }
    }

    private static ITruceStore As(ITruceStore store)
    {
        store.Author = Author;
        return store;
    }
}
