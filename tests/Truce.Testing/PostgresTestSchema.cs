using Npgsql;

namespace Truce.Testing;

/// <summary>
/// A new schema in the PostgreSQL test database named by <c>TRUCE_TEST_POSTGRES</c>, dropped on
/// dispose. Without that variable there is none: callers skip, saying <see cref="NotConfigured"/>;
/// with it, a server that cannot be reached throws (a failure, never a skip). <c>.ci/run</c> always sets it.
/// </summary>
public sealed class PostgresTestSchema : IDisposable
{
    /// <summary>The environment variable that holds the test database's connection string.</summary>
    public const string Variable = "TRUCE_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests did not run on this machine.</summary>
    public const string NotConfigured =
        "PostgreSQL tests did not run: TRUCE_TEST_POSTGRES is not set. Start a server with `scripts/postgres-test-server start` " +
        "and set TRUCE_TEST_POSTGRES to the connection string it prints (.ci/run does both, and fails instead of skipping).";

    private readonly string _server;
    private readonly string _name = $"t_{Guid.NewGuid():N}";

    private PostgresTestSchema(string server)
    {
        _server = server;
        Execute(server, $"CREATE SCHEMA {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{_name},public" }.ConnectionString;
    }

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The connection string of this schema: a store opened with it sees only its own tables.</summary>
    public string ConnectionString { get; }

    /// <summary>A new schema, or null when no server is configured (the caller skips with <see cref="NotConfigured"/>).</summary>
    public static PostgresTestSchema? TryCreate() => Server is { } server ? new PostgresTestSchema(server) : null;

    /// <summary>A number from a SQL query on this schema.</summary>
    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Storage.Postgres.PostgresStore.Release(ConnectionString);
        Execute(_server, $"DROP SCHEMA IF EXISTS {_name} CASCADE");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
