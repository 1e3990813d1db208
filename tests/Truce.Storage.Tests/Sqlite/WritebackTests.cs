using Truce.Storage.Sqlite;
using Truce.Storage.Sqlite.Native;
using Truce.Testing;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>A bulk load's early write-out uses SQLite's own descriptor of the file, and only while SQLite holds it.</summary>
public sealed class WritebackTests
{
    [Fact]
    public void SQLites_own_descriptor_of_the_database_is_found_while_the_store_is_open_and_not_after()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "sync_file_range and /proc/self/fd are Linux's");
        using var folder = new TempFolder();
        var path = folder.File("store.sqlite");

        using (SqliteEventStore.Open(path))
        {
            var fd = Writeback.OpenDescriptor(path);
            Assert.True(fd > 2, $"no descriptor of {path} among the process's open files");
            Assert.Equal(Path.GetFullPath(path), new FileInfo($"/proc/self/fd/{fd}").LinkTarget);
            Assert.Equal(-1, Writeback.OpenDescriptor(path + "-missing"));
        }

        Assert.Equal(-1, Writeback.OpenDescriptor(path));
    }

    [Fact]
    public void Write_outs_are_asked_for_every_period_until_disposed_and_none_fails()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "sync_file_range is Linux's");
        using var folder = new TempFolder();
        var path = folder.File("store.sqlite");
        using var store = SqliteEventStore.Open(path);

        var writeback = Writeback.Start(path, TimeSpan.FromMilliseconds(5));
        Assert.True(writeback.Active);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (writeback.Requests < 3 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        writeback.Dispose();
        var requests = writeback.Requests;
        Assert.Equal(0, writeback.Error);
        Assert.InRange(requests, 3, int.MaxValue);
        Thread.Sleep(50);
        Assert.Equal(requests, writeback.Requests); // stopped: no request after Dispose
    }

    [Fact]
    public void A_file_the_process_does_not_hold_open_gets_no_write_outs()
    {
        using var folder = new TempFolder();
        var path = folder.Write("closed.sqlite", "not open");

        using var writeback = Writeback.Start(path, TimeSpan.FromMilliseconds(5));

        Assert.False(writeback.Active);
        Thread.Sleep(30);
        Assert.Equal(0, writeback.Requests);
    }
}
