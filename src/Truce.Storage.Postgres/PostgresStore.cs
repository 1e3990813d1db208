using System.Collections.Concurrent;
using Npgsql;
using Truce.Formats.Detection;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Postgres.Connection;
using Truce.Storage.Postgres.Schema;

namespace Truce.Storage.Postgres;

/// <summary>
/// The server store: a PostgreSQL database with PostGIS, schema brought up to date on first open.
/// Every call takes its own pooled connection, so many stores (threads, requests, processes) can
/// share one database; every write runs in one transaction, so an import interrupted at any point
/// leaves the database exactly as before it.
/// </summary>
/// <remarks>
/// Writes (imports of events and boundaries, reference files, adjudication runs) take a
/// transaction-level advisory lock: they run one at a time per database (as they do on SQLite),
/// each waiting for the lock as long as the writes before it take, while every reader goes on
/// reading the last committed state. An import reads the boundaries that place its events under
/// that lock, so a boundary import committed while it waited is not missed.
/// </remarks>
public sealed partial class PostgresStore : ITruceStore
{
    private static readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> Sources = new(StringComparer.Ordinal);

    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;

    /// <summary>The advisory lock that serialises the writes: event and boundary imports, reference files, adjudication runs.</summary>
    internal const long WriteLock = 0x7472_7563_6502;

    /// <summary>Seconds a statement may run (or wait for a lock) when the connection string sets no <c>Command Timeout</c>.</summary>
    public const int DefaultCommandTimeoutSeconds = 600;

    private PostgresStore(NpgsqlDataSource source, string location, TimeProvider time)
    {
        _source = source;
        Location = location;
        _time = time;
    }

    public string Location { get; }

    /// <summary>Opens the store in the database <paramref name="connectionString"/> names (a connection string or a <c>postgres://</c> URL); migrates its schema on first use in this process.</summary>
    /// <param name="connectionString">Where the database is.</param>
    /// <param name="time">Clock for revision times; the system clock when null.</param>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the connection.</exception>
    public static PostgresStore Open(string connectionString, TimeProvider? time = null)
    {
        var builder = Settings(connectionString);
        var key = builder.ConnectionString;
        var lazy = Sources.GetOrAdd(key, k => new Lazy<NpgsqlDataSource>(() => Create(k), LazyThreadSafetyMode.ExecutionAndPublication));
        NpgsqlDataSource source;
        try
        {
            source = lazy.Value;
        }
        catch
        {
            Sources.TryRemove(new KeyValuePair<string, Lazy<NpgsqlDataSource>>(key, lazy));
            throw;
        }

        return new PostgresStore(source, PostgresConnectionString.Describe(builder), time ?? TimeProvider.System);
    }

    /// <summary>Closes the pooled connections to a database this process opened (for tests and tools that drop databases).</summary>
    public static void Release(string connectionString)
    {
        var key = Settings(connectionString).ConnectionString;
        if (Sources.TryRemove(key, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Dispose();
        }
    }

    /// <summary>The connection settings Truce uses for a connection string or URL.</summary>
    private static NpgsqlConnectionStringBuilder Settings(string connectionString)
    {
        var builder = PostgresConnectionString.Parse(connectionString);
        if (!connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("CommandTimeout", StringComparison.OrdinalIgnoreCase))
        {
            // Npgsql's 30 s default is too short for the statements of a large import (index builds,
            // superseding) and for readers queued behind a bulk load's lock: wait up to 10 minutes
            // unless the connection string says otherwise.
            builder.CommandTimeout = DefaultCommandTimeoutSeconds;
        }

        return builder;
    }

    private static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        var source = builder.Build();
        try
        {
            int before;
            using (var connection = source.OpenConnection())
            {
                before = Migrations.Apply(connection);
                connection.ReloadTypes(); // the migration may have created PostGIS's types in this database
            }

            if (before >= Migrations.AuditLog)
            {
                return source;
            }

            // The log is new: a database written before it gets its earlier writes recorded, late, once.
            new PostgresStore(source, "", TimeProvider.System).BackfillAudit();
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public StoreSummary Summary()
    {
        using var connection = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT
              (SELECT count(*) FROM events WHERE superseded_at IS NULL),
              (SELECT count(*) FROM events),
              (SELECT count(*) FROM boundaries WHERE superseded_at IS NULL),
              (SELECT count(*) FROM imports),
              (SELECT min(date_start) FROM events WHERE superseded_at IS NULL),
              (SELECT max(date_end) FROM events WHERE superseded_at IS NULL),
              (SELECT count(*) FROM events WHERE superseded_at IS NULL AND adm3 IS NOT NULL),
              (SELECT coalesce(sum(best), 0) FROM events WHERE superseded_at IS NULL)::bigint
            """, connection);
        using var r = cmd.ExecuteReader();
        r.Read();
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
        return new StoreSummary(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), Day(4), Day(5), r.GetInt64(6), r.GetInt64(7));
    }

    /// <summary>Nothing to release: connections go back to the pool after each call; the pool lives as long as the process.</summary>
    public void Dispose()
    {
    }

    /// <summary>Now, to the millisecond (as the SQLite store keeps it, so both engines report the same times).</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(_time.GetUtcNow().ToUnixTimeMilliseconds());

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? tx = null) => new(sql, connection, tx);

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Takes <see cref="WriteLock"/> until the transaction ends. The wait has no command timeout (writes
    /// queue behind the writes before them for as long as those take, instead of failing after the
    /// connection's command timeout, 30 s by default) and ends with <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    private static void LockWrites(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        using var cmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLock})", connection, tx) { CommandTimeout = 0 };

        // Npgsql's asynchronous call cancels the statement in the server when the token is cancelled; the synchronous one cannot.
        cmd.ExecuteNonQueryAsync(cancellationToken).GetAwaiter().GetResult();
    }

    private static long InsertImport(NpgsqlConnection connection, NpgsqlTransaction tx, ImportSource source, DateTimeOffset now)
    {
        using var cmd = Command(connection, "INSERT INTO imports (file, format, recorded_at) VALUES ($1, $2, $3) RETURNING id", tx);
        cmd.Parameters.Add(new() { Value = source.File });
        cmd.Parameters.Add(new() { Value = FormatDetector.Name(source.Format) });
        cmd.Parameters.Add(new() { Value = now });
        return (long)cmd.ExecuteScalar()!;
    }

    private static string VisibleAt(DateTimeOffset? asOf, NpgsqlCommand cmd, string alias = "e")
    {
        if (asOf is not { } t)
        {
            return $"{alias}.superseded_at IS NULL";
        }

        cmd.Parameters.AddWithValue("asof", t.ToUniversalTime());
        return $"({alias}.recorded_at <= @asof AND ({alias}.superseded_at IS NULL OR {alias}.superseded_at > @asof))";
    }
}
