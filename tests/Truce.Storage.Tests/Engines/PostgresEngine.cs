using System.Globalization;
using Npgsql;
using Truce.Storage.Contract;
using Truce.Storage.Postgres;

namespace Truce.Storage.Tests.Engines;

/// <summary>
/// A new schema in the PostgreSQL test database named by <c>TRUCE_TEST_POSTGRES</c>, dropped
/// afterwards. Without that variable the test is skipped and says why; with it, a server that
/// cannot be reached fails the test (never a skip): <c>.ci/run</c> always sets it.
/// </summary>
public sealed class PostgresEngine : StoreEngine
{
    /// <summary>The environment variable that holds the test database's connection string.</summary>
    public const string Variable = "TRUCE_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests did not run on this machine.</summary>
    public const string NotConfigured =
        "PostgreSQL tests did not run: TRUCE_TEST_POSTGRES is not set. Start a server with `scripts/postgres-test-server start` " +
        "and set TRUCE_TEST_POSTGRES to the connection string it prints (.ci/run does both, and fails instead of skipping).";

    private readonly string _schema;

    public PostgresEngine()
    {
        var server = RequireConfigured();
        _schema = $"t_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE; CREATE SCHEMA {_schema}", connection);
            cmd.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{_schema},public" }.ConnectionString;
    }

    /// <summary>The connection string of this test's schema (a store opened with it sees only its own tables).</summary>
    public string ConnectionString { get; }

    /// <summary>The server's connection string; skips the calling test, saying why, when none is configured.</summary>
    public static string RequireConfigured()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Skip(NotConfigured);
        }

        return value;
    }

    public override ITruceStore Open(TimeProvider? time = null) => PostgresStore.Open(ConnectionString, time);

    public override long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        PostgresStore.Release(ConnectionString);
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        connection.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        cmd.ExecuteNonQuery();
    }
}
