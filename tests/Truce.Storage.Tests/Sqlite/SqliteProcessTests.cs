using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>Process-wide SQLite settings are made before the first connection or not at all.</summary>
public sealed class SqliteProcessTests
{
    [Fact]
    public void Once_SQLite_has_started_the_one_thread_settings_are_refused_and_stores_work_as_before()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(folder.File("store.sqlite")); // SQLite has started in this process

        Assert.False(SqliteProcess.UseOneThreadPerConnection());

        Assert.Equal(0L, store.Summary().CurrentEvents);
        using var another = SqliteEventStore.Open(folder.File("another.sqlite"));
        Assert.Equal(0L, another.Summary().CurrentEvents);
    }
}
