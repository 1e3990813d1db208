using Npgsql;

namespace Truce.Cli.Tests;

/// <summary>
/// A new schema in the PostgreSQL test database named by <c>TRUCE_TEST_POSTGRES</c>, dropped on
/// dispose. Without that variable the test is skipped and says why; with it, a server that cannot
/// be reached fails the test (never a skip), as in the storage suite.
/// </summary>
internal sealed class PostgresSchema : IDisposable
{
    /// <summary>The environment variable that holds the test database's connection string.</summary>
    public const string Variable = "TRUCE_TEST_POSTGRES";

    /// <summary>Why a PostgreSQL test did not run on this machine.</summary>
    public const string NotConfigured =
        "PostgreSQL tests did not run: TRUCE_TEST_POSTGRES is not set. Start a server with `scripts/postgres-test-server start` " +
        "and set TRUCE_TEST_POSTGRES to the connection string it prints (.ci/run does both, and fails instead of skipping).";

    private readonly string _server;
    private readonly string _schema = $"t_{Guid.NewGuid():N}";

    public PostgresSchema()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip(NotConfigured);
        }

        _server = server;
        Execute($"CREATE SCHEMA {_schema}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{_schema},public" }.ConnectionString;
    }

    /// <summary>A number from a SQL query on this schema.</summary>
    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The connection string of this schema: a store opened with it sees only its own tables.</summary>
    public string ConnectionString { get; }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
