using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary>A fresh schema in the PostgreSQL test database (<see cref="PostgresTestSchema"/>); skips the test, saying why, when none is configured.</summary>
internal static class PostgresSchema
{
    public static PostgresTestSchema Create()
    {
        var schema = PostgresTestSchema.TryCreate();
        if (schema is null)
        {
            Assert.Skip(PostgresTestSchema.NotConfigured);
        }

        return schema;
    }
}
