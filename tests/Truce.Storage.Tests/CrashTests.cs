using System.Diagnostics;
using Truce.Domain.Sources;
using Truce.Formats.Detection;
using Truce.Storage.Audit;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

/// <summary>
/// A writer process killed hard (SIGKILL) in the middle of group-committed audited writes, again
/// and again: afterwards every write it acknowledged is in the store and in the log, and the log
/// and the store agree entry for row (<see cref="LogVerifier"/>).
/// </summary>
public abstract class CrashTests(StoreEngine engine) : AuditTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : CrashTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : CrashTests(new PostgresEngine());

    private const int Rounds = 6;

    [Fact]
    public async Task Killing_the_writer_again_and_again_loses_no_acknowledged_write_and_leaves_log_and_store_agreeing()
    {
        ImportText(Ucdp(Row(1), Row(2)), EventFileFormat.Ucdp);
        var subject = SubjectKey.Parse("ucdp:" + Store.Events(new Queries.EventQuery()).First().Event.SourceId);
        var acknowledged = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            acknowledged.AddRange(await KillMidway(subject, $"r{round}", minimum: 40 + (37 * round)));
        }

        var gradings = Store.Gradings(subject).Select(g => g.Reason).ToHashSet(StringComparer.Ordinal);
        var notes = Store.AuditEntries(0, Store.AuditSize()).Select(e => AuditEntry.Parse(e.Entry).Record)
            .Where(r => r.Action == "crash.note").Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);
        var lost = acknowledged.Where(a => !gradings.Contains(a) && !notes.Contains(a)).ToList();
        Assert.True(lost.Count == 0, $"acknowledged but not stored: {string.Join(", ", lost.Take(10))}");
        Assert.True(acknowledged.Count >= Rounds * 40, $"only {acknowledged.Count} writes acknowledged");
        var report = Verify();
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(1 + gradings.Count + notes.Count, report.Size);
    }

    /// <summary>Starts a writer, waits for at least <paramref name="minimum"/> acknowledgements, kills it mid-write; returns what it acknowledged.</summary>
    private async Task<List<string>> KillMidway(SubjectKey subject, string run, int minimum)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Truce.CrashWriter.dll"), Engine.Db, subject.ToString(), run, "4" })
        {
            psi.ArgumentList.Add(arg);
        }

        var acks = new List<string>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("ack ", StringComparison.Ordinal))
            {
                lock (acks)
                {
                    acks.Add(line[4..]);
                    if (acks.Count >= minimum)
                    {
                        enough.TrySetResult();
                    }
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(enough.Task, process.WaitForExitAsync(TestContext.Current.CancellationToken), Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == enough.Task, $"the writer did not get to {minimum} writes: {(process.HasExited ? await stderr : "still running")}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        lock (acks)
        {
            return [.. acks];
        }
    }
}
