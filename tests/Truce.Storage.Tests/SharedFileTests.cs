using Truce.Formats.Detection;
using Truce.Storage.Queries;
using Truce.Storage.Sqlite;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

/// <summary>A bulk import into a file that another connection has open stays in WAL mode and is seen by the other.</summary>
public sealed class SharedFileTests() : StoreTestBase(new SqliteEngine())
{
    private string DbPath => ((SqliteEngine)Engine).Path;

    /// <summary>The real UCDP rows repeated with fresh ids: enough bytes for the bulk-load path (over 20 MB).</summary>
    private static byte[] BigFile(int rows) => UcdpRecords.Bundled.Compose(UcdpRecords.Bundled.Repeated(rows));

    [Fact]
    public void A_bulk_import_while_another_connection_reads_the_file_succeeds_and_is_visible_to_it()
    {
        var big = BigFile(40_000);
        Assert.True(big.Length > 20_000_000, "the file must be big enough to take the bulk-load path");
        using var other = SqliteEventStore.Open(DbPath);
        Assert.Equal(0, other.Summary().CurrentEvents);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var receipt = Store.ImportEvents(new MemoryStream(big), new Import.ImportSource("big.csv", EventFileFormat.Ucdp), new Import.ImportOptions(),
            TestContext.Current.CancellationToken);
        Assert.Equal(40_000, receipt.Added);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the import waited {watch.Elapsed} on the other connection");
        Assert.Equal(40_000, other.Summary().CurrentEvents);
        Assert.Equal(40_000, other.Events(new EventQuery()).Count());
    }

    [Fact]
    public void A_bulk_import_into_a_file_nobody_else_has_open_leaves_it_in_WAL_mode()
    {
        Store.ImportEvents(new MemoryStream(BigFile(40_000)), new Import.ImportSource("big.csv", EventFileFormat.Ucdp), new Import.ImportOptions(),
            TestContext.Current.CancellationToken);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        Assert.Equal(40_000, Store.Summary().CurrentEvents);
    }
}
