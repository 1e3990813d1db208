using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Storage.Import;
using Truce.Storage.Postgres.Schema;
using Truce.Storage.Queries;
using Truce.Testing;

namespace Truce.Storage.Tests;

public sealed partial class PostgresConcurrencyTests
{
    private const int BulkRows = 40_000;

    /// <summary>What a failed import must leave as it was: every revision, the event indexes (definition and validity), imports, archived chunks, labels.</summary>
    private (long Events, long Indexes, long Imports, long Chunks, long Labels) Fingerprint() => (
        _engine.Scalar("""
            SELECT ('x' || left(md5(coalesce(string_agg(concat_ws('|', rev_id, dataset, source_id, revision, recorded_at, superseded_at,
              import_id, src_offset, content_hash, best, adm1, adm2, adm3), ',' ORDER BY rev_id), '')), 15))::bit(60)::bigint FROM events
            """),
        _engine.Scalar("""
            SELECT ('x' || left(md5(string_agg(i.indexdef || x.indisvalid || x.indisready, ';' ORDER BY i.indexname)), 15))::bit(60)::bigint
            FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
            WHERE i.schemaname = current_schema() AND i.tablename = 'events'
            """),
        _engine.Scalar("SELECT count(*) FROM imports"),
        _engine.Scalar("SELECT count(*) FROM source_chunks"),
        _engine.Scalar("SELECT count(*) FROM labels"));

    private long ValidEventIndexes() => _engine.Scalar("""
        SELECT count(*) FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
        WHERE i.schemaname = current_schema() AND i.tablename = 'events' AND x.indisvalid
          AND i.indexname IN ('ux_events_revision', 'ix_events_date', 'ix_events_geom')
        """);

    [Fact]
    public void A_bulk_import_with_a_bad_last_row_leaves_events_and_their_indexes_as_they_were_and_readers_see_the_good_file_whole_or_not_at_all()
    {
        var records = UcdpRecords.Bundled;
        var rows = records.Repeated(BulkRows).ToList();
        var good = records.Compose(rows);
        var bad = records.Compose([.. rows.SkipLast(1), UcdpRecords.WithBadBest(rows[^1])]);
        var badLine = bad.AsSpan(0, bad.Length - rows[^1].Length).Count((byte)'\n') + 1;
        using (var first = _engine.Open())
        using (var bundled = File.OpenRead(RepoFiles.UcdpSyria))
        {
            first.ImportEvents(bundled, new ImportSource("ged.csv", EventFileFormat.Ucdp), new ImportOptions(), TestContext.Current.CancellationToken);
        }

        Assert.True(BulkLoad.ShouldDefer(records.Count, bad.Length), "the file must be big enough to take the bulk-load path");
        Assert.Equal(3, ValidEventIndexes());
        var before = Fingerprint();
        var after = before;
        DataFormatException? refused = null;
        var writer = (Func<CancellationToken, ImportReceipt>)(token =>
        {
            using var store = _engine.Open();
            refused = Assert.Throws<DataFormatException>(() =>
                store.ImportEvents(new MemoryStream(bad), new ImportSource("bad.csv", EventFileFormat.Ucdp), new ImportOptions(), token));
            after = Fingerprint();
            return store.ImportEvents(new MemoryStream(good), new ImportSource("good.csv", EventFileFormat.Ucdp), new ImportOptions(), token);
        });
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<long, long>();
        var readers = Enumerable.Range(0, 3).Select(_ => (Action<CancellationToken>)(_ =>
        {
            using var store = _engine.Open();
            var summary = store.Summary();
            Assert.True(summary.Imports is 1 or 2, $"{summary.Imports} imports");
            long seen = summary.Imports == 1 ? records.Count : BulkRows;
            Assert.Equal((seen, seen), (summary.CurrentEvents, summary.Revisions));
            var count = store.CountEvents(new EventQuery());
            Assert.True(count == BulkRows || count == seen, $"a reader saw {count} events after {seen}");
            counts.AddOrUpdate(summary.CurrentEvents, 1, (_, n) => n + 1);
        })).ToList();

        var (receipts, _) = BoundedRun.Run([writer], readers, Limit);

        Assert.NotNull(refused);
        Assert.Equal(("bad.csv", badLine, "best"), (refused.File, refused.Line, refused.Field));
        Assert.Equal(before, after);
        Assert.Equal(((long)BulkRows - records.Count, 0L, (long)records.Count), (receipts[0].Added, receipts[0].Revised, receipts[0].Unchanged));
        Assert.Equal(3, ValidEventIndexes());
        Assert.Equal(before.Indexes, Fingerprint().Indexes);
        using var reader = _engine.Open();
        Assert.Equal(BulkRows, reader.CountEvents(new EventQuery()));
        Assert.Equal(BulkRows, reader.Events(new EventQuery { StorageOrder = true }).Select(e => e.Event.SourceId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(BulkRows, _engine.Scalar("SELECT count(*) FROM events"));
        Assert.Equal([records.Count, BulkRows], counts.Keys.Order());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"bulk file {good.Length / 1e6:F1} MB, good import {receipts[0].Elapsed.TotalSeconds:F1} s; reader views by current events: {string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"))}");
    }
}
