using Truce.Storage.Contract;
using Truce.Storage.Postgres;
using Truce.Testing;

namespace Truce.Storage.Tests.Engines;

/// <summary>
/// A new schema in the PostgreSQL test database named by <c>TRUCE_TEST_POSTGRES</c>, dropped
/// afterwards (<see cref="PostgresTestSchema"/>). Without that variable the test is skipped and says
/// why; with it, a server that cannot be reached fails the test (never a skip): <c>.ci/run</c> always sets it.
/// </summary>
public sealed class PostgresEngine : StoreEngine
{
    private readonly PostgresTestSchema _schema;

    public PostgresEngine()
    {
        var schema = PostgresTestSchema.TryCreate();
        if (schema is null)
        {
            Assert.Skip(PostgresTestSchema.NotConfigured);
        }

        _schema = schema;
    }

    /// <summary>Why PostgreSQL tests did not run on this machine.</summary>
    public const string NotConfigured = PostgresTestSchema.NotConfigured;

    /// <summary>The connection string of this test's schema (a store opened with it sees only its own tables).</summary>
    public string ConnectionString => _schema.ConnectionString;

    public override string Db => ConnectionString;

    /// <summary>The server's connection string; skips the calling test, saying why, when none is configured.</summary>
    public static string RequireConfigured()
    {
        var server = PostgresTestSchema.Server;
        if (server is null)
        {
            Assert.Skip(NotConfigured);
        }

        return server;
    }

    public override ITruceStore Open(TimeProvider? time = null) => PostgresStore.Open(ConnectionString, time);

    public override long Scalar(string sql) => _schema.Scalar(sql);

    public override string Bytes(byte[] bytes) => $"'\\x{Convert.ToHexString(bytes)}'::bytea";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _schema.Dispose();
        }
    }
}
