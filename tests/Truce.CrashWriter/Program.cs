using System.Globalization;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Engines;
using Truce.Storage.Writes;

// Usage: Truce.CrashWriter DB SUBJECT RUN THREADS
// Writes gradings of SUBJECT (each reason "RUN:thread:i") and standalone audit entries from THREADS
// threads through group commit, forever, printing "ack REASON" once each is on disk. Killed by the test.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Truce.CrashWriter DB SUBJECT RUN THREADS");
    return 2;
}

var (db, subject, run, threads) = (args[0], SubjectKey.Parse(args[1]), args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
var output = Console.Out;
var gate = new Lock();
await using var commit = new GroupCommit(() => Databases.Open(db));
await Task.WhenAll(Enumerable.Range(0, threads).Select(thread => Task.Run(async () =>
{
    for (var i = 0; ; i++)
    {
        var reason = string.Create(CultureInfo.InvariantCulture, $"{run}:{thread}:{i}");
        if (i % 5 == 4)
        {
            await commit.Submit(s => s.Audit(new AuditRecord("crash.note", reason, null)));
        }
        else
        {
            await commit.Submit(s => s.AddGrading(subject, CredibilityGrade.Weak, reason, $"writer-{thread}"));
        }

        lock (gate)
        {
            output.Write($"ack {reason}\n");
            output.Flush();
        }
    }
})));
return 0;
