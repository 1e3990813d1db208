using System.Text;
using Truce.Domain.Audit;
using Truce.Formats.Detection;
using Truce.Storage.Adjudication;
using Truce.Storage.Audit;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>The audit log on each engine: every write leaves an entry in the same transaction, proofs verify, checkpoints are signed.</summary>
/// <summary>A store with a checkpoint key and a small log of every kind of write.</summary>
public abstract class AuditTestBase(StoreEngine engine) : StoreTestBase(engine)
{
    private static readonly string[] Lines = File.ReadLines(RepoFiles.UcdpSyria).Take(6).ToArray();

    private readonly TempFolder _keys = new();

    protected AuditKey Key => field ??= AuditKey.LoadOrCreate(_keys.File("audit-key.pem"));

    protected static string Ucdp(params string[] rows) => string.Join("\n", [Lines[0], .. rows]) + "\n";

    protected static string Row(int i) => Lines[i];

    /// <summary>An import, a revision, two reference files, a run of standalone entries: a small log of every kind of write.</summary>
    protected void Write(int standalone = 6)
    {
        ImportText(Ucdp(Lines[1..]), EventFileFormat.Ucdp);
        var revised = Lines[2][..Lines[2].LastIndexOf(",2,2,2", StringComparison.Ordinal)] + ",2,3,3";
        ImportText(Ucdp(Lines[1], revised, Lines[3]), EventFileFormat.Ucdp, "second.csv");
        Store.SaveReferences([ReferenceFile.Of(ReferenceKinds.Terms, "terms.json", "{}"u8.ToArray()), ReferenceFile.Of(ReferenceKinds.Places, "places.csv", "id\n"u8.ToArray())]);
        Notes(0, standalone);
    }

    /// <summary>Standalone entries (no store record), numbered from <paramref name="first"/>.</summary>
    protected void Notes(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            Store.Audit(new AuditRecord("test.note", $"note:{i}", null, [KeyValuePair.Create("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        }
    }

    protected AuditReport Verify(string? held = null) => LogVerifier.Verify(Store, held, Key.Key);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Key.Dispose();
            _keys.Dispose();
        }

        base.Dispose(disposing);
    }
}

public abstract class AuditLogTests(StoreEngine engine) : AuditTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : AuditLogTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : AuditLogTests(new PostgresEngine());

    [Fact]
    public void Every_write_appends_an_entry_naming_what_it_wrote_and_the_log_verifies_intact()
    {
        Store.Author = "user:monitor-1";
        Write(standalone: 1);
        var entries = Store.AuditEntries(0, Store.AuditSize()).Select(e => AuditEntry.Parse(e.Entry)).ToList();
        Assert.Equal(["events.import", "events.import", "references.save", "references.save", "test.note"], entries.Select(e => e.Record.Action));
        Assert.Equal(["import:1", "import:2", "terms/terms.json", "places/places.csv", "note:0"], entries.Select(e => e.Record.Subject));
        Assert.All(entries, e => Assert.Equal("user:monitor-1", e.Author));
        Assert.Equal([0L, 1, 2, 3, 4], entries.Select(e => e.Seq));
        Assert.Equal("1", entries[1].Record.Detail.Single(d => d.Key == "revised").Value);

        Store.Checkpoint(Key);
        var report = LogVerifier.Verify(Store, trustedKey: Key.Key);
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal((5L, 1, 4L), (report.Size, report.CheckpointsChecked, report.ClaimsMatched));
    }

    [Fact]
    public void Evidence_sources_links_and_grades_are_logged_without_a_confidential_sources_identity()
    {
        ImportText(Ucdp(Row(1), Row(2)), EventFileFormat.Ucdp);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("photo"u8));
        Store.RecordEvidence(new Domain.Sources.EvidenceAddition(sha, 5, "photo.jpg", "image/jpeg", "monitor-1"));
        var ev = Domain.Sources.SubjectKey.Parse("ucdp:" + Store.Events(new Queries.EventQuery()).First().Event.SourceId);
        var source = Store.AddSource(new Domain.Sources.SourceDraft(null, "Witness W-17 in Bustan al-Qasr", null, "the shelling began at dawn", sha, Confidential: true), [ev], "monitor-1");
        Store.AddGrading(ev, Domain.Sources.CredibilityGrade.Fair, "one witness, photo matches the street", "monitor-2");
        var entries = Store.AuditEntries(0, Store.AuditSize()).ToList();
        Assert.Equal(["events.import", "evidence.add", "sources.add", "sources.link", "grades.add"], entries.Select(e => AuditEntry.Parse(e.Entry).Record.Action));
        Assert.Equal(["monitor-1", "monitor-1", "monitor-1", "monitor-2"], entries.Skip(1).Select(e => AuditEntry.Parse(e.Entry).Author));
        Assert.DoesNotContain(entries, e => Text(e.Entry).Contains("W-17", StringComparison.Ordinal));
        Assert.Equal(AuditRecords.SourceDigest(source), AuditEntry.Parse(entries[2].Entry).Record.Sha256);
        Assert.True(Verify().Intact, string.Join("\n", Verify().Problems));

        Engine.Scalar("UPDATE sources SET publisher = 'Someone else'");
        Assert.Contains(Verify().Problems, p => p.Contains($"source:{source.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public void Users_tokens_and_sign_ins_are_logged_without_secrets()
    {
        Store.Author = "cli:admin";
        var user = Store.AddUser(new Access.NewUser("monitor-1", Domain.Access.Role.Monitor, null, Access.PasswordHash.Create("correct horse", 1_000)));
        var secret = System.Security.Cryptography.SHA256.HashData("truce_secret"u8);
        var token = Store.CreateToken(new Access.NewToken(user.Id, secret, Domain.Access.Permissions.All, Access.TokenKind.Api, Clock.Now.AddDays(30)));
        Store.RecordLogin("monitor-1", null);
        Store.RevokeToken(token.Id);
        var entries = Store.AuditEntries(0, Store.AuditSize()).Select(e => AuditEntry.Parse(e.Entry)).ToList();
        Assert.Equal(["users.add", "tokens.create", "auth.login", "tokens.revoke"], entries.Select(e => e.Record.Action));
        Assert.Equal(["cli:admin", "cli:admin", "user:monitor-1", "cli:admin"], entries.Select(e => e.Author));
        Assert.DoesNotContain(entries, e => e.ToString().Contains(Convert.ToHexStringLower(secret), StringComparison.Ordinal) || e.ToString().Contains(Convert.ToBase64String(secret), StringComparison.Ordinal));
        Assert.True(Verify().Intact, string.Join("\n", Verify().Problems));

        Engine.Scalar("DELETE FROM logins");
        Assert.Contains(Verify().Problems, p => p.Contains("login:monitor-1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_write_that_changes_nothing_adds_no_entry()
    {
        ImportText(Ucdp(Row(1), Row(2), Row(3), Row(4), Row(5)), EventFileFormat.Ucdp);
        ImportText(Ucdp(Row(1), Row(2), Row(3), Row(4), Row(5)), EventFileFormat.Ucdp);
        Store.SaveReferences([ReferenceFile.Of(ReferenceKinds.Terms, "terms.json", "{}"u8.ToArray())]);
        Store.SaveReferences([ReferenceFile.Of(ReferenceKinds.Terms, "terms.json", "{}"u8.ToArray())]);
        Assert.Equal(2, Store.AuditSize());
    }

    [Fact]
    public void A_failed_import_leaves_no_entry()
    {
        ImportText(Ucdp(Row(1), Row(2), Row(3), Row(4), Row(5)), EventFileFormat.Ucdp);
        Assert.ThrowsAny<Exception>(() => ImportText(Ucdp(Row(1), "not,a,ucdp,row"), EventFileFormat.Ucdp, "bad.csv"));
        Assert.Equal(1, Store.AuditSize());
        Assert.True(LogVerifier.Verify(Store).Intact);
    }

    [Fact]
    public void Every_entry_has_an_inclusion_proof_to_the_signed_root_and_checkpoints_are_consistent()
    {
        Write(standalone: 3);
        var first = Store.Checkpoint(Key)!;
        Write(standalone: 4);
        var second = Store.Checkpoint(Key)!;
        Assert.True(second.IsSignedBy(Key.Key, AuditKey.DefaultName));
        var size = second.Checkpoint.Size;
        Assert.Equal(Store.AuditSize(), size);
        foreach (var stored in Store.AuditEntries(0, size))
        {
            var proof = MerkleProofs.Inclusion(stored.Seq, size, Store.AuditNodes());
            Assert.True(MerkleVerifier.Inclusion(stored.Seq, size, MerkleHash.Leaf(stored.Entry), proof, second.Checkpoint.Root), $"entry {stored.Seq}");
        }

        var consistency = MerkleProofs.Consistency(first.Checkpoint.Size, size, Store.AuditNodes());
        Assert.True(MerkleVerifier.Consistency(first.Checkpoint.Size, size, first.Checkpoint.Root, second.Checkpoint.Root, consistency));
        Assert.Equal(2, Store.AuditCheckpoints().Count);
        Assert.Equal(second.Text(), Store.Checkpoint(Key)!.Text()); // no growth, no new checkpoint
    }

    [Fact]
    public void A_database_written_before_the_log_existed_gets_its_writes_recorded_once()
    {
        ImportText(Ucdp(Row(1), Row(2), Row(3), Row(4), Row(5)), EventFileFormat.Ucdp);
        // Back to the schema before the log: drop its tables and say so.
        Engine.Scalar("DROP TABLE audit_meta; DROP TABLE audit_entries; DROP TABLE audit_nodes; DROP TABLE audit_checkpoints; DROP TABLE audit_keys");
        Engine.Scalar("DROP TABLE gradings; DROP TABLE source_links; DROP TABLE sources; DROP TABLE evidence_additions; DROP TABLE evidence_files"); // created after the log
        Engine.Scalar("DROP TABLE logins; DROP TABLE tokens; DROP TABLE users");
        Engine.Scalar("DROP TABLE party_actors; DROP TABLE site_attacks; DROP TABLE site_budgets; DROP TABLE site_alerts; DROP TABLE site_checks; DROP TABLE sites");
        if (Engine is PostgresEngine pg)
        {
            Engine.Scalar("UPDATE truce_schema SET version = 1");
            Postgres.PostgresStore.Release(pg.ConnectionString);
        }
        else
        {
            Engine.Scalar("PRAGMA user_version = 2");
        }

        Reopen();
        Reopen();
        var entries = Store.AuditEntries(0, 10).Select(e => AuditEntry.Parse(e.Entry)).ToList();
        Assert.Equal("import:1", Assert.Single(entries).Record.Subject);
        Assert.Contains(KeyValuePair.Create(AuditActions.Backfilled, "true"), entries[0].Record.Detail);
        Assert.True(LogVerifier.Verify(Store).Intact);
    }

    protected static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
