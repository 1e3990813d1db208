using System.Text;
using Truce.Domain.Errors;
using Truce.Formats.Detection;
using Truce.Storage.Import;
using Truce.Storage.Queries;
using Truce.Storage.Stats;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>Every kind of bad input stops the import at its place, and the store is exactly as before.</summary>
public abstract class BadInputTests : StoreTestBase
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : BadInputTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : BadInputTests(new PostgresEngine());

    private static readonly string[] Lines = File.ReadLines(RepoFiles.UcdpSyria).Take(6).ToArray();
    private static readonly string Good = string.Join("\n", Lines[..4]) + "\n";

    protected BadInputTests(StoreEngine engine)
        : base(engine)
    {
        ImportText(Good, EventFileFormat.Ucdp, "good.csv");
    }

    private string Snapshot()
    {
        var s = Store.Summary();
        var stats = Store.Stats(new StatsQuery(PeriodUnit.Day, StatsGroup.Dyad));
        var ids = Store.Events(new EventQuery()).Select(e => $"{e.Event.SourceId}/{e.Revision}");
        return $"{s}|{string.Join(';', stats)}|{string.Join(';', ids)}";
    }

    /// <summary>Good rows, then line 6 (id 214814) with one change.</summary>
    private static string Replace(string find, string replace) =>
        string.Join("\n", Lines[0], Lines[1], Lines[2], Lines[3], Lines[4], Lines[5].Replace(find, replace, StringComparison.Ordinal)) + "\n";

    public static TheoryData<string, string, long, int, string> Cases => new()
    {
        { "unterminated quote", string.Join("\n", Lines[..5]) + "\n" + Lines[5][..^1] + "\"2\n", 6, 41, "unterminated quoted field" },
        { "wrong column count", Good + Lines[4] + "\n" + Lines[5] + ",1\n", 6, 0, "42 fields where the header has 41" },
        { "non-numeric coordinate", Replace(",36.496133,", ",thirty-six,"), 6, 24, "'thirty-six' is not a number" },
        { "coordinate out of range", Replace(",37.003318,", ",237.003318,"), 6, 25, "out of range" },
        { "end date before start", Replace("2016-01-01,2016-01-01", "2016-01-02,2016-01-01"), 6, 34, "before it starts" },
        { "unknown where_prec", Replace(",SOHR,2,Tanab", ",SOHR,9,Tanab"), 6, 20, "unknown precision code '9'" },
        { "header of another format", AcledFixture.File, 1, 0, "looks like acled" },
        { "empty file", "", 1, 0, "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_stops_at_its_location_and_leaves_the_store_unchanged(string what, string text, long line, int column, string reason)
    {
        var before = Snapshot();
        var e = Assert.Throws<DataFormatException>(() => ImportText(text, EventFileFormat.Ucdp, "bad.csv"));
        Assert.Equal(("bad.csv", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Reopen();
        Assert.Equal(before, Snapshot());
        _ = what;
    }

    [Fact]
    public void Invalid_UTF8_stops_at_its_location_and_leaves_the_store_unchanged()
    {
        var before = Snapshot();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", Lines) + "\n");
        var at = Encoding.UTF8.GetByteCount(string.Join("\n", Lines[..5]) + "\n" + "214811,2016,1,1,299,Syria: Gov");
        bytes[at] = 0xC0;
        var e = Assert.Throws<DataFormatException>(() => Store.ImportEvents(new MemoryStream(bytes), new ImportSource("utf.csv", EventFileFormat.Ucdp), new ImportOptions(), TestContext.Current.CancellationToken));
        Assert.Equal((6L, 6, "conflict_name"), (e.Line, e.Column, e.Field));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Skipping_bad_rows_imports_the_good_ones_and_reports_each_reject()
    {
        var text = string.Join("\n", Lines[0], Lines[4], Lines[5].Replace(",36.496133,", ",north,", StringComparison.Ordinal)) + "\n";
        var rejects = new List<DataFormatException>();
        var receipt = ImportText(text, EventFileFormat.Ucdp, "mixed.csv", new ImportOptions { SkipBadRows = true, OnReject = rejects.Add });
        Assert.Equal((2L, 1L, 1L), (receipt.Read, receipt.Added, receipt.Rejected));
        var reject = Assert.Single(rejects);
        Assert.Equal((3L, 24, "latitude"), (reject.Line, reject.Column, reject.Field));
    }

    [Fact]
    public void A_cancelled_import_writes_nothing()
    {
        var before = Snapshot();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.Cancel();
        var big = Lines[0] + "\n" + string.Concat(Enumerable.Range(0, 20000).Select(i => Lines[1].Replace("214797,", $"{900000 + i},", StringComparison.Ordinal) + "\n"));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Store.ImportEvents(new MemoryStream(Encoding.UTF8.GetBytes(big)), new ImportSource("big.csv", EventFileFormat.Ucdp), new ImportOptions(), cancel.Token));
        Assert.Equal(before, Snapshot());
    }
}
