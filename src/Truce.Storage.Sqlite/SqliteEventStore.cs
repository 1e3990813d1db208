using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Schema;

namespace Truce.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema brought up to date on open. Every
/// write runs in one IMMEDIATE transaction, so an import interrupted at any point (even by a
/// killed process) leaves the file exactly as before it.
/// </summary>
/// <remarks>Not thread-safe; open one store per thread. Several processes may open one file (WAL).</remarks>
public sealed partial class SqliteEventStore : ITruceStore
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private SqliteTransaction? _tx;

    /// <summary>How long a write waits for another writer of the same file before failing (ms).</summary>
    internal const int BusyTimeoutMs = 10_000;

    /// <summary>The page cache of a store's connection, in KiB.</summary>
    internal const int CacheKiB = 65_536;

    /// <summary>
    /// The page size of a new store's file (an existing file keeps its own): 16 KiB instead of
    /// SQLite's 4 KiB. A bulk import writes, spills, scans and syncs a quarter as many pages; a
    /// million-row import is ~3 % faster, and small writes (the check log's groups) no slower
    /// (bench/README.md, session 12).
    /// </summary>
    internal const int PageSize = 16_384;

    private SqliteEventStore(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    /// <summary>The store's one connection, for tests of its settings.</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>The file this store lives in.</summary>
    public string Path => _connection.DataSource;

    public string Location => Path;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and migrates its schema.</summary>
    /// <param name="path">File path of the SQLite database.</param>
    /// <param name="time">Clock for revision times; the system clock when null.</param>
    public static SqliteEventStore Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        try
        {
            Execute(connection, $"""
                PRAGMA page_size = {PageSize};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                PRAGMA foreign_keys = ON;
                PRAGMA busy_timeout = {BusyTimeoutMs};
                PRAGMA cache_size = -{CacheKiB};
                """);
            var before = Migrations.Apply(connection);
            var store = new SqliteEventStore(connection, time ?? TimeProvider.System);
            if (before < Migrations.AuditLog)
            {
                store.BackfillAudit(); // the log is new: a database written before it gets its earlier writes recorded, late, once
            }

            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public StoreSummary Summary()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT
              (SELECT count(*) FROM events WHERE superseded_at IS NULL),
              (SELECT count(*) FROM events),
              (SELECT count(*) FROM boundaries WHERE superseded_at IS NULL),
              (SELECT count(*) FROM imports),
              (SELECT min(date_start) FROM events WHERE superseded_at IS NULL),
              (SELECT max(date_end) FROM events WHERE superseded_at IS NULL),
              (SELECT count(*) FROM events WHERE superseded_at IS NULL AND adm3 IS NOT NULL),
              (SELECT coalesce(sum(best), 0) FROM events WHERE superseded_at IS NULL)
            """;
        using var r = cmd.ExecuteReader();
        r.Read();
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : DateOnly.FromDayNumber(r.GetInt32(i));
        return new StoreSummary(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), Day(4), Day(5), r.GetInt64(6), r.GetInt64(7));
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>A command on the open transaction, if any (SQLite requires it to be named).</summary>
    private SqliteCommand Command(string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private long InsertImport(SqliteTransaction tx, ImportSource source, long now)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO imports (file, format, recorded_at) VALUES ($file, $format, $now) RETURNING id";
        cmd.Parameters.AddWithValue("$file", source.File);
        cmd.Parameters.AddWithValue("$format", FormatDetector.Name(source.Format));
        cmd.Parameters.AddWithValue("$now", now);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string VisibleAt(long? asOfMs, string alias = "e") => asOfMs is { } t
        ? $"({alias}.recorded_at <= {t} AND ({alias}.superseded_at IS NULL OR {alias}.superseded_at > {t}))"
        : $"{alias}.superseded_at IS NULL";

    private static long? Ms(DateTimeOffset? t) => t?.ToUnixTimeMilliseconds();

    private static EventDataset DatasetOf(int value) => (EventDataset)value;
}
