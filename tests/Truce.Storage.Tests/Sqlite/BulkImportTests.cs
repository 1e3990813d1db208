using Microsoft.Data.Sqlite;
using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Storage.Import;
using Truce.Storage.Sqlite;
using Truce.Storage.Sqlite.Schema;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>
/// A bulk import runs without SQLite's per-row foreign-key checks and rebuilds the event indexes
/// itself: what it leaves must be exactly what the checks and the migrations would have left.
/// </summary>
public sealed class BulkImportTests() : StoreTestBase(new SqliteEngine())
{
    private const int Rows = 40_000;

    private SqliteEventStore Sqlite => (SqliteEventStore)Store;

    [Fact]
    public void A_bulk_import_leaves_no_broken_reference_and_foreign_keys_enforced_again()
    {
        var big = UcdpRecords.Bundled.Compose(UcdpRecords.Bundled.Repeated(Rows));
        Assert.True(BulkLoad.ShouldDefer(0, big.Length), "the file must be big enough to take the bulk-load path");

        var receipt = Store.ImportEvents(new MemoryStream(big), new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(),
            TestContext.Current.CancellationToken);

        Assert.Equal(Rows, receipt.Added);
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.True(Engine.Scalar("SELECT count(DISTINCT actor1_id) FROM events") > 10, "the rows must refer to labels for the check to mean anything");
        Assert.Equal(1L, Pragma("foreign_keys"));
        var refused = Assert.Throws<SqliteException>(() => Execute("INSERT INTO events (dataset, source_id, revision, recorded_at, import_id, line, src_offset, src_length, content_hash, date_start, date_end, date_prec, geo_prec, best, low, high) VALUES (1, 'x', 1, 0, 999, 0, 0, 0, x'00', 0, 0, 1, 1, 0, 0, 0)"));
        Assert.Contains("FOREIGN KEY", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_bulk_import_also_leaves_foreign_keys_enforced()
    {
        var rows = UcdpRecords.Bundled.Repeated(Rows).ToList();
        var bad = UcdpRecords.Bundled.Compose([.. rows.SkipLast(1), UcdpRecords.WithBadBest(rows[^1])]);

        Assert.Throws<DataFormatException>(() => Store.ImportEvents(new MemoryStream(bad), new ImportSource("bad.csv", EventFileFormat.Ucdp),
            new ImportOptions(), TestContext.Current.CancellationToken));

        Assert.Equal(1L, Pragma("foreign_keys"));
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM events"));
    }

    [Fact]
    public void The_indexes_a_bulk_import_rebuilds_are_the_ones_the_migrations_leave()
    {
        var migrated = Definitions();
        var big = UcdpRecords.Bundled.Compose(UcdpRecords.Bundled.Repeated(Rows));

        Store.ImportEvents(new MemoryStream(big), new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(),
            TestContext.Current.CancellationToken);

        Assert.Equal(BulkLoad.Indexes.Order(StringComparer.Ordinal), migrated);
        Assert.Equal(migrated, Definitions());
    }

    [Fact]
    public void A_bulk_import_writes_its_pages_once_with_no_statement_journal_for_its_multi_row_inserts()
    {
        // A multi-row INSERT that may abort halfway needs a statement journal: before changing a
        // page the file already had, SQLite copies it to a temporary file, so that the statement
        // alone can be undone. For an append that is the table's last page, every statement: 1M
        // rows at 16 KiB pages wrote 1.27 GB of such copies (bench/README.md, session 13). The
        // import's inserts are INSERT OR FAIL, which needs none, and the import is undone whole.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "per-thread I/O accounting (/proc/thread-self/io) is Linux's");
        var big = UcdpRecords.Bundled.Compose(UcdpRecords.Bundled.Repeated(Rows));
        var before = ThreadWrites();

        Store.ImportEvents(new MemoryStream(big), new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(),
            TestContext.Current.CancellationToken);

        var written = ThreadWrites() - before;
        var file = new FileInfo(Sqlite.Path).Length;
        Assert.True(written < 2 * file, $"the import's thread wrote {written:N0} bytes for a {file:N0}-byte file");
    }

    [Fact]
    public void A_row_refused_inside_a_multi_row_insert_fails_the_import_and_leaves_none_of_its_rows()
    {
        var rows = UcdpRecords.Bundled.Repeated(Rows).ToList();
        Execute("CREATE TRIGGER refuse_one BEFORE INSERT ON events WHEN NEW.line = 1005 BEGIN SELECT RAISE(FAIL, 'refused by the test'); END");

        var refused = Assert.Throws<SqliteException>(() => Store.ImportEvents(new MemoryStream(UcdpRecords.Bundled.Compose(rows)),
            new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(), TestContext.Current.CancellationToken));

        Assert.Contains("refused by the test", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM events"));
        Assert.Equal(0L, Engine.Scalar("SELECT count(*) FROM source_chunks"));
        Assert.Equal(1L, Pragma("foreign_keys"));
    }

    /// <summary>Bytes this thread has passed to write calls (Linux per-thread I/O accounting): SQLite writes on the caller's thread.</summary>
    private static long ThreadWrites()
    {
        var line = File.ReadLines("/proc/thread-self/io").Single(l => l.StartsWith("wchar:", StringComparison.Ordinal));
        return long.Parse(line["wchar:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string[] Definitions()
    {
        using var cmd = Sqlite.Connection.CreateCommand();
        cmd.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY sql";
        using var r = cmd.ExecuteReader();
        var all = new List<string>();
        while (r.Read())
        {
            all.Add(r.GetString(0));
        }

        return [.. all.Order(StringComparer.Ordinal)];
    }

    private long Pragma(string name)
    {
        using var cmd = Sqlite.Connection.CreateCommand();
        cmd.CommandText = $"PRAGMA {name}";
        return (long)cmd.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var cmd = Sqlite.Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
