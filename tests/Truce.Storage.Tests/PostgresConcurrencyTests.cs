using System.Collections.Concurrent;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Import;
using Truce.Storage.Queries;
using Truce.Storage.Stats;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

/// <summary>
/// Eight importers and four readers at once on one PostgreSQL database (TRUCE_TEST_POSTGRES), each
/// with its own store: writes serialise, readers only ever see committed states, nothing is lost
/// and nothing duplicated. Files are cut from the bundled UCDP GED file.
/// </summary>
[Trait("Category", "Stress")]
public sealed partial class PostgresConcurrencyTests : IDisposable
{
    private const int Writers = 8;
    private const int Shared = 500;
    private const int Contested = 200;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private readonly PostgresEngine _engine = new();

    /// <summary>Records per writer of its own: the bundled file shared out after the shared and contested blocks.</summary>
    private static int Own => (UcdpRecords.Bundled.Count - Shared - Contested) / Writers;

    /// <summary>Current events once <paramref name="imports"/> files are in.</summary>
    private static long CurrentAfter(long imports) => imports == 0 ? 0 : Shared + Contested + (imports * Own);

    /// <summary>Stored revisions once <paramref name="imports"/> files are in: every file after the first revises the contested block.</summary>
    private static long RevisionsAfter(long imports) => imports == 0 ? 0 : CurrentAfter(imports) + ((imports - 1) * Contested);

    /// <summary>How many files are in, from a count of current events that must be one of <see cref="CurrentAfter"/>.</summary>
    private static long ImportsBehind(long current)
    {
        var imports = current == 0 ? 0 : (current - Shared - Contested) / Own;
        Assert.True(imports is >= 0 and <= Writers && CurrentAfter(imports) == current, $"{current} current events is no committed state (half an import?)");
        return imports;
    }

    /// <summary>
    /// Writer <c>w</c>'s file: its own slice, the shared block (the same bytes in every file) and
    /// the contested block with <c>best</c> raised by <c>w + 1</c> (so every file but the first to
    /// commit revises it).
    /// </summary>
    private static byte[] WriterFile(int w)
    {
        var records = UcdpRecords.Bundled;
        var own = Enumerable.Range(Shared + Contested + (w * Own), Own).Select(records.Raw);
        var shared = Enumerable.Range(0, Shared).Select(records.Raw);
        var contested = Enumerable.Range(Shared, Contested).Select(i => UcdpRecords.WithBestRaised(records.Raw(i), w + 1));
        return records.Compose([.. own, .. shared, .. contested]);
    }

    [Fact]
    public void Eight_importers_and_four_readers_at_once_lose_nothing_duplicate_nothing_and_readers_see_only_whole_imports()
    {
        var records = UcdpRecords.Bundled;
        var files = Enumerable.Range(0, Writers).Select(WriterFile).ToArray();
        var seen = new ConcurrentDictionary<long, long>(); // imports behind a reader's view → times seen
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(w => (Func<CancellationToken, (int Writer, ImportReceipt Receipt)>)(token =>
        {
            using var store = _engine.Open();
            return (w, store.ImportEvents(new MemoryStream(files[w]), new ImportSource($"writer{w}.csv", EventFileFormat.Ucdp), new ImportOptions(), token));
        })).ToList();
        var readers = Enumerable.Range(0, 4).Select(r => Reader(r, seen)).ToList();

        var (results, rounds) = BoundedRun.Run(writers, readers, Limit);

        var byCommit = results.OrderBy(x => x.Receipt.ImportId).ToList();
        Assert.Equal(Writers, byCommit.Select(x => x.Receipt.ImportId).Distinct().Count());
        long total = Shared + Contested + Own;
        Assert.Equal((total, total, 0L, 0L, 0L), Counts(byCommit[0].Receipt));
        Assert.All(byCommit.Skip(1), x => Assert.Equal((total, (long)Own, (long)Contested, (long)Shared, 0L), Counts(x.Receipt)));
        Assert.Equal(CurrentAfter(Writers), results.Sum(x => x.Receipt.Added));

        using var store = _engine.Open();
        var summary = store.Summary();
        Assert.Equal((CurrentAfter(Writers), RevisionsAfter(Writers), (long)Writers), (summary.CurrentEvents, summary.Revisions, summary.Imports));
        Assert.Equal(Writers, _engine.Scalar("SELECT count(*) FROM imports"));
        Assert.Equal(0, _engine.Scalar("SELECT count(*) FROM (SELECT 1 FROM events WHERE superseded_at IS NULL GROUP BY dataset, source_id HAVING count(*) > 1) d"));
        Assert.Equal(0, _engine.Scalar("SELECT count(*) FROM events WHERE import_id NOT IN (SELECT id FROM imports)"));

        // Every record once, current with the content of the last file to commit it.
        var last = byCommit[^1].Writer;
        var expected = Enumerable.Range(0, Shared + Contested + (Writers * Own))
            .ToDictionary(records.Id, i => records.Best(i) + (i is >= Shared and < Shared + Contested ? last + 1 : 0), StringComparer.Ordinal);
        var current = store.Events(new EventQuery { StorageOrder = true }).ToDictionary(e => e.Event.SourceId, e => e.Event.Best, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), current.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Values.Sum(v => (long)v), summary.Best);

        // The shared block once; the contested block revised in the order the files committed, each revision superseded by the next.
        Assert.Single(store.History(EventDataset.UcdpGed, records.Id(0)));
        for (var i = Shared; i < Shared + Contested; i += 17)
        {
            var history = store.History(EventDataset.UcdpGed, records.Id(i));
            Assert.Equal(Enumerable.Range(1, Writers), history.Select(h => h.Revision));
            Assert.Equal(byCommit.Select(x => records.Best(i) + x.Writer + 1), history.Select(h => h.Event.Best));
            Assert.Equal(history.Skip(1).Select(h => (DateTimeOffset?)h.RecordedAt), history.SkipLast(1).Select(h => h.SupersededAt));
            Assert.Null(history[^1].SupersededAt);
        }

        Assert.Equal(0, seen.Keys.Min());
        Assert.Equal(Writers, seen.Keys.Max());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Writers} imports in {watch.Elapsed.TotalSeconds:F1} s; {rounds} reader rounds; views by imports behind: {string.Join(", ", seen.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"))}");
    }

    /// <summary>
    /// One reader's round: a summary, a count, statistics, a page of events and the history of a
    /// contested record, each of which must be a committed state no older than the one before.
    /// </summary>
    private Action<CancellationToken> Reader(int seed, ConcurrentDictionary<long, long> seen)
    {
        var store = _engine.Open();
        var random = new Random(seed);
        long behind = 0;
        void See(long imports)
        {
            Assert.True(imports >= behind, $"a reader saw {imports} imports after {behind}");
            behind = imports;
            seen.AddOrUpdate(imports, 1, (_, n) => n + 1);
        }

        return _ =>
        {
            var summary = store.Summary();
            Assert.Equal((CurrentAfter(summary.Imports), RevisionsAfter(summary.Imports)), (summary.CurrentEvents, summary.Revisions));
            See(summary.Imports);
            See(ImportsBehind(store.CountEvents(new EventQuery())));
            See(ImportsBehind(store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.None)).Sum(s => s.Events)));

            var offset = random.Next(0, (int)Math.Max(1, CurrentAfter(behind) - 100));
            var page = store.Events(new EventQuery { Limit = 100, Offset = offset }).ToList();
            Assert.True(page.Count == 100 || (behind == 0 && page.Count == 0), $"a page of {page.Count} events");
            Assert.All(page, e => Assert.Null(e.SupersededAt));
            Assert.Equal(page.Count, page.Select(e => e.Event.SourceId).Distinct(StringComparer.Ordinal).Count());

            var history = store.History(EventDataset.UcdpGed, UcdpRecords.Bundled.Id(Shared + random.Next(Contested)));
            Assert.Equal(Enumerable.Range(1, history.Count), history.Select(h => h.Revision));
            Assert.Equal(history.Count == 0 ? 0 : 1, history.Count(h => h.SupersededAt is null));
            See(history.Count);
        };
    }

    private static (long Read, long Added, long Revised, long Unchanged, long Rejected) Counts(ImportReceipt r) =>
        (r.Read, r.Added, r.Revised, r.Unchanged, r.Rejected);

    public void Dispose() => _engine.Dispose();
}
