using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Storage.Contract;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests.Engines;

/// <summary>A new SQLite file in a temporary folder.</summary>
public sealed class SqliteEngine : StoreEngine
{
    private readonly TempFolder _folder = new();

    public SqliteEngine() => Path = _folder.File("truce.sqlite");

    public string Path { get; }

    public override string Db => Path;

    public override ITruceStore Open(TimeProvider? time = null) => SqliteEventStore.Open(Path, time);

    public override long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public override string Bytes(byte[] bytes) => $"X'{Convert.ToHexString(bytes)}'";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
