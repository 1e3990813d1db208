using Truce.Storage.Postgres.Connection;

namespace Truce.Storage.Tests;

/// <summary>How <c>--db</c> tells a PostgreSQL database from a SQLite file, and reads a <c>postgres://</c> URL.</summary>
public sealed class ConnectionStringTests
{
    [Theory]
    [InlineData("truce-demo.sqlite", false)]
    [InlineData("/data/host=1/truce.sqlite", false)]
    [InlineData("Host=127.0.0.1;Database=truce", true)]
    [InlineData("Database=truce; Server = db.internal", true)]
    [InlineData("postgres://truce@localhost/truce", true)]
    [InlineData("postgresql://localhost/truce", true)]
    public void A_db_value_names_PostgreSQL_only_by_a_server_pair_or_a_URL(string db, bool postgres) =>
        Assert.Equal(postgres, PostgresConnectionString.IsPostgres(db));

    [Fact]
    public void A_URL_gives_host_port_database_user_password_and_ssl_mode()
    {
        var b = PostgresConnectionString.Parse("postgres://mon%40itor:s3cr%3Bt@db.internal:6543/truce_2016?sslmode=require");
        Assert.Equal(("db.internal", 6543, "truce_2016", "mon@itor", "s3cr;t"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.Equal("postgresql://db.internal:6543/truce_2016", PostgresConnectionString.Describe(b));
    }

    [Fact]
    public void A_value_that_is_no_connection_string_is_refused_with_the_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Parse("Host=x;Frobnicate=1"));
        Assert.StartsWith("Not a PostgreSQL connection string or postgres:// URL", e.Message, StringComparison.Ordinal);
    }
}
