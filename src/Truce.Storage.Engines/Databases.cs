using Truce.Storage.Audit;
using Truce.Storage.Contract;
using Truce.Storage.Postgres;
using Truce.Storage.Postgres.Connection;
using Truce.Storage.Sqlite;

namespace Truce.Storage.Engines;

/// <summary>
/// Opens the database a <c>--db</c> value names: a PostgreSQL connection string
/// (<c>Host=...;Database=...</c>) or <c>postgres://</c> URL opens the server store; anything else is
/// the path of a SQLite file.
/// </summary>
public static class Databases
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database.</summary>
    public static bool IsPostgres(string db) => PostgresConnectionString.IsPostgres(db);

    /// <summary>Opens the store, creating it if missing (the file; a PostgreSQL database must exist, its tables are created).</summary>
    /// <param name="db">A SQLite path, a PostgreSQL connection string or a <c>postgres://</c> URL.</param>
    /// <param name="time">Clock for revision times; the system clock when null.</param>
    public static ITruceStore Open(string db, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        return IsPostgres(db) ? PostgresStore.Open(db, time) : SqliteEventStore.Open(db, time);
    }

    /// <summary>Opens an existing store; null for a SQLite path with no file, so that a mistyped path is not a new empty database.</summary>
    public static ITruceStore? OpenExisting(string db)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        return IsPostgres(db) ? PostgresStore.Open(db) : File.Exists(db) ? SqliteEventStore.Open(db) : null;
    }

    /// <summary>
    /// Where the key that signs a database's audit checkpoints lives: <c>TRUCE_AUDIT_KEY</c> when set;
    /// else beside a SQLite file (<c>FILE.audit-key.pem</c>); else, for PostgreSQL, under
    /// <c>~/.truce/</c>, one file per server and database.
    /// </summary>
    public static string AuditKeyPath(string db)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        if (Environment.GetEnvironmentVariable("TRUCE_AUDIT_KEY") is { Length: > 0 } configured)
        {
            return configured;
        }

        if (!IsPostgres(db))
        {
            return AuditKey.PathBeside(db);
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".truce");
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Describe(db))))[..16];
        return Path.Combine(folder, $"audit-key-{name}.pem");
    }

    /// <summary>The database, safe to print (no password).</summary>
    public static string Describe(string db)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        return IsPostgres(db) ? PostgresConnectionString.Describe(PostgresConnectionString.Parse(db)) : db;
    }
}
