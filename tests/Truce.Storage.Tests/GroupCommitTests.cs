using Truce.Domain.Sources;
using Truce.Formats.Detection;
using Truce.Storage.Tests.Engines;
using Truce.Storage.Writes;

namespace Truce.Storage.Tests;

/// <summary>Small audited writes from many threads, committed in groups: all acknowledged, fewer commits than writes, the log intact.</summary>
public abstract class GroupCommitTests(StoreEngine engine) : AuditTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : GroupCommitTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : GroupCommitTests(new PostgresEngine());

    private SubjectKey Event()
    {
        ImportText(Ucdp(Row(1), Row(2)), EventFileFormat.Ucdp);
        return SubjectKey.Parse("ucdp:" + Store.Events(new Queries.EventQuery()).First().Event.SourceId);
    }

    [Fact]
    public async Task Writes_from_many_threads_are_all_acknowledged_in_fewer_commits_and_logged_once_each()
    {
        var subject = Event();
        await using var commit = new GroupCommit(() => Engine.Open(Clock));
        var writes = Enumerable.Range(0, 8).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await commit.Submit(s => s.AddGrading(subject, CredibilityGrade.Weak, $"thread {thread}, grading {i}", $"monitor-{thread}"));
            }
        }, TestContext.Current.CancellationToken)).ToList();
        await Task.WhenAll(writes);

        Assert.Equal(400, Store.Gradings(subject).Count);
        Assert.Equal(401, Store.AuditSize());
        Assert.InRange(commit.Commits, 1, 399);
        Assert.True(Verify().Intact, string.Join("\n", Verify().Problems));
    }

    [Fact]
    public async Task A_write_that_fails_in_a_group_fails_alone_and_leaves_no_entry()
    {
        var subject = Event();
        await using var commit = new GroupCommit(() => Engine.Open(Clock));
        var good = commit.Submit(s => s.AddGrading(subject, CredibilityGrade.Fair, "before", "monitor-1"));
        var bad = commit.Submit(s => s.AddSource(new SourceDraft("https://example.org", "Example", null, null, new string('a', 64)), [subject], "monitor-1"));
        var after = commit.Submit(s => s.AddGrading(subject, CredibilityGrade.Confirmed, "after", "monitor-2"));
        await good;
        await after;
        await Assert.ThrowsAnyAsync<Exception>(() => bad);

        Assert.Equal(["before", "after"], Store.Gradings(subject).Select(g => g.Reason));
        Assert.Equal(3, Store.AuditSize());
        Assert.True(Verify().Intact, string.Join("\n", Verify().Problems));
    }
}
