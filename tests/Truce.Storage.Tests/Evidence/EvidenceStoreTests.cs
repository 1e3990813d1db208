using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests.Evidence;

/// <summary>Sources, evidence additions and gradings, the same on both engines.</summary>
public abstract class EvidenceStoreTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : EvidenceStoreTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : EvidenceStoreTests(new PostgresEngine());

    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // SHA-256 of "test"
    private static readonly SubjectKey Event = SubjectKey.Parse("ucdp-ged:214804");

    [Fact]
    public void The_same_bytes_added_twice_are_one_file_with_both_adders_on_record()
    {
        var first = Store.RecordEvidence(new EvidenceAddition(Sha, 4, "photo.jpg", "image/jpeg", "monitor-1"));
        Clock.Now = Clock.Now.AddHours(2);
        var second = Store.RecordEvidence(new EvidenceAddition(Sha, 4, "IMG_0001.JPG", "Image/JPEG", "monitor-2"));

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(1, Engine.Scalar("SELECT count(*) FROM evidence_files"));
        var custody = Store.EvidenceAdditions(Sha);
        Assert.Equal(["monitor-1", "monitor-2"], custody.Select(a => a.Author));
        Assert.Equal(["photo.jpg", "IMG_0001.JPG"], custody.Select(a => a.Name));
        Assert.Equal("image/jpeg", custody[1].MediaType); // media types are lowercased
        Assert.Equal(Clock.Now, custody[1].AddedAt);
        Assert.Equal(Clock.Now.AddHours(-2), custody[0].AddedAt);
    }

    [Fact]
    public void A_known_hash_with_another_size_is_refused_and_nothing_is_written()
    {
        Store.RecordEvidence(new EvidenceAddition(Sha, 4, "a.txt", "text/plain", "monitor-1"));
        var e = Assert.Throws<BadFieldException>(() => Store.RecordEvidence(new EvidenceAddition(Sha, 5, "b.txt", "text/plain", "monitor-2")));
        Assert.Equal("bytes", e.Field);
        Assert.Single(Store.EvidenceAdditions(Sha));
    }

    [Fact]
    public void A_path_in_a_file_name_or_hash_is_refused()
    {
        Assert.Equal("name", Assert.Throws<BadFieldException>(() => Store.RecordEvidence(new EvidenceAddition(Sha, 4, "../../etc/passwd", "text/plain", "m"))).Field);
        Assert.Equal("sha256", Assert.Throws<BadFieldException>(() => Store.RecordEvidence(new EvidenceAddition("../" + Sha[3..], 4, "a", "text/plain", "m"))).Field);
        Assert.Equal(0, Engine.Scalar("SELECT count(*) FROM evidence_additions"));
    }

    [Fact]
    public void A_source_is_stored_with_its_author_and_linked_to_its_events()
    {
        Store.RecordEvidence(new EvidenceAddition(Sha, 4, "page.warc", "application/warc", "monitor-1"));
        var other = SubjectKey.Parse("ucdp:214805");
        var source = Store.AddSource(
            new SourceDraft(" https://sana.sy/en/?p=1 ", "SANA", new DateOnly(2016, 9, 20), "Terrorists shelled the city", Sha),
            [Event, other, Event],
            "monitor-1");

        Assert.Equal("https://sana.sy/en/?p=1", source.Url);
        Assert.Equal(source, Store.Source(source.Id));
        Assert.Equal(source, Assert.Single(Store.SourcesOf(Event)).Source);
        Assert.Equal("monitor-1", Store.SourcesOf(other)[0].LinkedBy);
        Assert.Equal(Clock.Now, Store.SourcesOf(other)[0].LinkedAt);
        Assert.Null(Store.Source(source.Id + 1));
    }

    [Fact]
    public void A_source_citing_an_unknown_file_is_refused_and_nothing_is_written()
    {
        var e = Assert.Throws<BadFieldException>(() => Store.AddSource(new SourceDraft(null, "witness", null, null, Sha), [Event], "monitor-1"));
        Assert.Equal("sha256", e.Field);
        Assert.Equal(0, Engine.Scalar("SELECT count(*) FROM sources"));
        Assert.Empty(Store.SourcesOf(Event));
    }

    [Fact]
    public void A_source_that_says_nothing_checkable_is_refused()
    {
        var e = Assert.Throws<BadFieldException>(() => Store.AddSource(new SourceDraft(null, "Someone", null, "  ", null), [Event], "m"));
        Assert.Equal("url", e.Field);
        Assert.Equal("url", Assert.Throws<BadFieldException>(() => Store.AddSource(new SourceDraft("javascript:alert(1)", null, null, null, null), [], "m")).Field);
        Assert.Equal("author", Assert.Throws<BadFieldException>(() => Store.AddSource(new SourceDraft("https://a.org/", null, null, null, null), [], " ")).Field);
    }

    [Fact]
    public void Linking_a_source_twice_writes_it_once()
    {
        var source = Store.AddSource(new SourceDraft("https://a.org/x", "A", null, null, null), [], "monitor-1");
        Assert.True(Store.LinkSource(Event, source.Id, "monitor-2"));
        Assert.False(Store.LinkSource(Event, source.Id, "monitor-3"));
        Assert.Equal("monitor-2", Assert.Single(Store.SourcesOf(Event)).LinkedBy);
        Assert.Equal("sourceId", Assert.Throws<BadFieldException>(() => Store.LinkSource(Event, source.Id + 7, "m")).Field);
    }

    [Fact]
    public void A_confidential_source_keeps_its_identity_in_the_store()
    {
        var source = Store.AddSource(new SourceDraft(null, "Local monitor, Bustan al-Qasr", null, "Barrel bombs at 09:10", null, Confidential: true), [Event], "monitor-1");
        var stored = Store.Source(source.Id)!;
        Assert.True(stored.Confidential);
        Assert.Equal("Local monitor, Bustan al-Qasr", stored.Publisher);
        Assert.False(stored.Redacted);
    }

    [Fact]
    public void A_new_grade_becomes_current_and_the_old_ones_stay_as_history()
    {
        Assert.Empty(Store.Gradings(Event));
        Store.AddGrading(Event, CredibilityGrade.Weak, "single source: SANA", "monitor-1");
        Clock.Now = Clock.Now.AddDays(3);
        Store.AddGrading(Event, CredibilityGrade.Fair, "SOHR confirms, with video", "monitor-2");
        Store.AddGrading(SubjectKey.Parse("figure:east-aleppo-population"), CredibilityGrade.Contested, "UN 275,000, local council 350,000", "monitor-1");

        var history = Store.Gradings(Event);
        Assert.Equal([CredibilityGrade.Weak, CredibilityGrade.Fair], history.Select(g => g.Grade));
        Assert.Equal(("monitor-2", "SOHR confirms, with video", Clock.Now), (history[^1].Author, history[^1].Reason, history[^1].RecordedAt));
        Assert.Equal(2, Engine.Scalar("SELECT count(*) FROM gradings WHERE subject = 'ucdp-ged:214804'"));
    }

    [Fact]
    public void A_grade_without_a_reason_is_refused()
    {
        Assert.Equal("reason", Assert.Throws<BadFieldException>(() => Store.AddGrading(Event, CredibilityGrade.Confirmed, " ", "monitor-1")).Field);
        Assert.Empty(Store.Gradings(Event));
    }

    [Fact]
    public void Evidence_survives_reopening_the_store()
    {
        Store.RecordEvidence(new EvidenceAddition(Sha, 4, "a.txt", "text/plain", "monitor-1"));
        Store.AddGrading(Event, CredibilityGrade.Discounted, "no strike there that day", "monitor-1");
        Reopen();
        Assert.Single(Store.EvidenceAdditions(Sha));
        Assert.Equal(CredibilityGrade.Discounted, Store.Gradings(Event)[^1].Grade);
    }
}
