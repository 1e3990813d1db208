using Microsoft.Data.Sqlite;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>A new store's file gets 16 KiB pages; a file made before keeps its own, and both work.</summary>
public sealed class PageSizeTests
{
    [Fact]
    public void A_new_store_has_16_KiB_pages()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(folder.File("new.sqlite"));

        Assert.Equal(16_384L, Pragma(store.Connection, "page_size"));
        Assert.Equal("wal", Text(store.Connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public void A_file_made_with_4_KiB_pages_keeps_them_and_is_migrated_and_used_as_before()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.sqlite");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var cmd = old.CreateCommand();
            cmd.CommandText = "PRAGMA page_size = 4096; CREATE TABLE before_truce (x INTEGER); INSERT INTO before_truce VALUES (1);";
            cmd.ExecuteNonQuery();
        }

        using var store = SqliteEventStore.Open(path);

        Assert.Equal(4_096L, Pragma(store.Connection, "page_size"));
        Assert.Equal(0L, store.Summary().CurrentEvents);
        Assert.Equal("ok", Text(store.Connection, "PRAGMA integrity_check"));
    }

    private static long Pragma(SqliteConnection connection, string name) => (long)Scalar(connection, $"PRAGMA {name}");

    private static string Text(SqliteConnection connection, string sql) => (string)Scalar(connection, sql);

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()!;
    }
}
