using Microsoft.Data.Sqlite;
using Truce.Storage.Sqlite;
using Truce.Storage.Sqlite.Schema;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>
/// The deferred index build sorts in runs, on helper threads or not; the indexes it leaves are whole
/// and unique, and the connection gets its page cache and its thread count back.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"truce-bulkload-{Guid.NewGuid():N}.sqlite");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Indexes_rebuilt_from_many_sorted_runs_cover_every_row_and_the_cache_is_restored(bool helperThreads)
    {
        SqliteEventStore.Open(_path).Dispose(); // the schema, as migrations leave it
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var tx = connection.BeginTransaction();
        BulkLoad.DropIndexes(connection, tx);
        Scalar(connection, tx, "INSERT INTO imports (id, file, format, recorded_at) VALUES (1, 'big.csv', 'ucdp', 0)");

        // Long, shuffled source ids: about 40 MB of keys, ten sorter runs of 4 MiB.
        const int Rows = 200_000;
        var pad = new string('x', 160);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
                INSERT INTO events (dataset, source_id, revision, recorded_at, import_id, line, src_offset, src_length, content_hash,
                                    date_start, date_end, date_prec, geo_prec, best, low, high)
                SELECT 1, printf('%d-%s', (i * 7919) % $rows, $pad), 1, 0, 1, i, 0, 0, randomblob(16),
                       20160101 + i % 1000, 20160101 + i % 1000, 1, 1, 0, 0, 0 FROM n
                """;
            insert.Parameters.AddWithValue("$rows", Rows);
            insert.Parameters.AddWithValue("$pad", pad);
            insert.ExecuteNonQuery();
        }

        BulkLoad.CreateIndexes(connection, tx, helperThreads);

        Assert.Equal((long)-SqliteEventStore.CacheKiB, Scalar(connection, tx, "PRAGMA cache_size"));
        Assert.Equal(0L, Scalar(connection, tx, "PRAGMA threads"));
        Assert.Equal((long)Rows, Scalar(connection, tx, "SELECT count(*) FROM events INDEXED BY ux_events_revision WHERE dataset = 1"));
        Assert.Equal((long)Rows, Scalar(connection, tx, "SELECT count(*) FROM events INDEXED BY ix_events_date WHERE date_start >= 0"));
        Assert.Equal("ok", Scalar(connection, tx, "PRAGMA integrity_check"));
        var duplicate = Assert.Throws<SqliteException>(() => Scalar(connection, tx,
            $"INSERT INTO events (dataset, source_id, revision, recorded_at, import_id, line, src_offset, src_length, content_hash, date_start, date_end, date_prec, geo_prec, best, low, high) VALUES (1, '5-{pad}', 1, 0, 1, 0, 0, 0, x'00', 0, 0, 1, 1, 0, 0, 0)"));
        Assert.Equal(19, duplicate.SqliteErrorCode); // SQLITE_CONSTRAINT: the unique index holds every id
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }
    }
}
