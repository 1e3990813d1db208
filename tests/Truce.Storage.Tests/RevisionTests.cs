using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Queries;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

public abstract class RevisionTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : RevisionTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : RevisionTests(new PostgresEngine());

    private static readonly string[] Lines = File.ReadLines(RepoFiles.UcdpSyria).Take(6).ToArray(); // header + 5 one-line rows

    private static string Ucdp(params string[] rows) => string.Join("\n", [Lines[0], .. rows]) + "\n";

    [Fact]
    public void Importing_the_same_file_again_adds_nothing()
    {
        var first = ImportText(Ucdp(Lines[1..]), EventFileFormat.Ucdp);
        var second = ImportText(Ucdp(Lines[1..]), EventFileFormat.Ucdp);
        Assert.Equal((5L, 0L), (first.Added, first.Unchanged));
        Assert.Equal((0L, 0L, 5L), (second.Added, second.Revised, second.Unchanged));
        Assert.Equal(5, Store.Summary().Revisions);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(0, second.ImportId);
        Assert.Equal(1, Store.Summary().Imports); // not even a second copy of the file
    }

    [Fact]
    public void A_changed_record_becomes_a_new_revision_and_the_old_one_stays_readable()
    {
        ImportText(Ucdp(Lines[1..]), EventFileFormat.Ucdp);
        var before = Clock.Now;
        Clock.Now = Clock.Now.AddDays(30);
        // Row 214804 (line 3): best and high 2 → 3.
        var revised = Lines[2][..Lines[2].LastIndexOf(",2,2,2", StringComparison.Ordinal)] + ",2,3,3";
        var receipt = ImportText(Ucdp(Lines[1], revised, Lines[3], Lines[4], Lines[5]), EventFileFormat.Ucdp);
        Assert.Equal((0L, 1L, 4L), (receipt.Added, receipt.Revised, receipt.Unchanged));

        var history = Store.History(EventDataset.UcdpGed, "214804");
        Assert.Equal([1, 2], history.Select(h => h.Revision));
        Assert.Equal((2, 3), (history[0].Event.Best, history[1].Event.Best));
        Assert.Equal(Clock.Now, history[0].SupersededAt);
        Assert.Null(history[1].SupersededAt);

        Assert.Equal(3, Store.Events(new EventQuery()).Single(e => e.Event.SourceId == "214804").Event.Best);
        Assert.Equal(2, Store.Events(new EventQuery { AsOf = before }).Single(e => e.Event.SourceId == "214804").Event.Best);
        Assert.Empty(Store.Events(new EventQuery { AsOf = before.AddDays(-1) }));
        Assert.Equal(5, Store.Summary().CurrentEvents);
        Assert.Equal(6, Store.Summary().Revisions);
    }

    [Fact]
    public void Stats_as_of_a_past_time_count_what_was_known_then()
    {
        ImportText(Ucdp(Lines[1..3]), EventFileFormat.Ucdp);
        var early = Clock.Now;
        Clock.Now = Clock.Now.AddHours(1);
        ImportText(Ucdp(Lines[3..]), EventFileFormat.Ucdp);
        var then = Store.Stats(new Stats.StatsQuery(Stats.PeriodUnit.Year, Stats.StatsGroup.None) { AsOf = early }).Single();
        var now = Store.Stats(new Stats.StatsQuery(Stats.PeriodUnit.Year, Stats.StatsGroup.None)).Single();
        Assert.Equal((2L, 5L), (then.Events, now.Events));
    }

    [Fact]
    public void One_file_giving_two_versions_of_an_id_is_refused_with_both_lines()
    {
        var changed = Lines[2].Replace("Ein Laroz town", "Ein Laroz", StringComparison.Ordinal);
        var e = Assert.Throws<Domain.Errors.DataFormatException>(() => ImportText(Ucdp(Lines[1], Lines[2], changed), EventFileFormat.Ucdp));
        Assert.Equal(4, e.Line);
        Assert.Contains("id 214804 appears again with different values (first at line 3)", e.Reason, StringComparison.Ordinal);
        Assert.Equal(0, Store.Summary().Revisions);
    }

    [Fact]
    public void A_conflicting_id_is_reported_before_a_bad_record_a_few_lines_after_it()
    {
        // Records are planned a few records after they are read; the first error in the file must still be the one reported.
        var changed = Lines[2].Replace("Ein Laroz town", "Ein Laroz", StringComparison.Ordinal);
        var bad = Lines[4][..Lines[4].LastIndexOf(',')] + ",many";
        var e = Assert.Throws<Domain.Errors.DataFormatException>(() => ImportText(Ucdp(Lines[1], Lines[2], changed, Lines[3], bad), EventFileFormat.Ucdp));
        Assert.Equal(4, e.Line);
        Assert.Contains("id 214804 appears again", e.Reason, StringComparison.Ordinal);

        var alone = Assert.Throws<Domain.Errors.DataFormatException>(() => ImportText(Ucdp(Lines[1], Lines[2], Lines[3], bad), EventFileFormat.Ucdp));
        Assert.Equal(5, alone.Line);
        Assert.Equal(0, Store.Summary().Revisions);
    }

    [Fact]
    public void An_exact_duplicate_row_in_one_file_counts_once()
    {
        var receipt = ImportText(Ucdp(Lines[1], Lines[2], Lines[2]), EventFileFormat.Ucdp);
        Assert.Equal((2L, 1L), (receipt.Added, receipt.Unchanged));
    }

    [Fact]
    public void A_Truce_export_of_the_same_records_is_recognised_as_unchanged()
    {
        ImportText(Ucdp(Lines[1..]), EventFileFormat.Ucdp);
        var csv = new StringWriter();
        Formats.Csv.EventCsvWriter.Write(Store.Events(new EventQuery()), csv);
        var receipt = ImportText(csv.ToString(), EventFileFormat.TruceCsv, "export.csv");
        Assert.Equal((0L, 0L, 5L), (receipt.Added, receipt.Revised, receipt.Unchanged));
    }

    [Fact]
    public void The_imported_file_is_kept_and_its_hash_recorded()
    {
        var text = Ucdp(Lines[1..]);
        var receipt = ImportText(text, EventFileFormat.Ucdp);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, receipt.Sha256);
        Reopen();
        Assert.Equal("Ein Laroz town", Store.Events(new EventQuery()).Single(e => e.Event.SourceId == "214804").Event.Original["where_coordinates"]);
    }
}
