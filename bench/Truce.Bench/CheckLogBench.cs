using System.Diagnostics;
using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Domain.Spatial;
using Truce.Storage.Audit;
using Truce.Storage.Engines;
using Truce.Storage.Sites;

namespace Truce.Bench;

/// <summary>
/// Issue 7's check log: <c>RecordChecks</c> of a group of single point checks (one group commit of
/// the server) and of one batch of a million points, each in its own transaction with its one
/// audit entry; then the indexed <c>CheckedTargets</c> and a full <c>audit verify</c> over the log.
/// </summary>
internal static class CheckLogBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary><c>check-log DB [GROUP] [BATCH_POINTS] [ROUNDS]</c>.</summary>
    public static int Run(string db, int group, int batchPoints, int rounds)
    {
        using var store = Databases.Open(db);
        var random = new Random(7);
        var at = new DateTimeOffset(2016, 9, 23, 0, 0, 0, TimeSpan.Zero);
        CheckRecord Single(int i) => new($"user:planner-{i % 20}", i % 2 == 0 ? "russia" : "syrian-government", at.AddMilliseconds(i),
            [Wgs84.Point(36 + (random.NextDouble() * 6), 32.5 + (random.NextDouble() * 4.5))], 250, at, at.AddHours(2), CheckOutcome.Answered,
            i % 50 == 0 ? [new CheckConflict(0, "conflict: hospital (Truce monitor)", ["site-1"])] : []);

        // Warm-up: the JIT and the database's caches.
        store.RecordChecks([.. Enumerable.Range(0, group).Select(Single)], "bench");
        var groupMs = new List<double>();
        for (var r = 0; r < rounds * 10; r++)
        {
            var checks = Enumerable.Range((r + 1) * group, group).Select(Single).ToList();
            var sw = Stopwatch.StartNew();
            store.RecordChecks(checks, "bench");
            groupMs.Add(sw.Elapsed.TotalMilliseconds);
        }

        groupMs.Sort();
        var median = groupMs[groupMs.Count / 2];
        Console.WriteLine(string.Create(C,
            $"group of {group:N0} single checks: median {median:F2} ms, p90 {groupMs[(int)(groupMs.Count * 0.9)]:F2} ms over {groupMs.Count} groups = {group / median * 1000:N0} checks/s (one transaction and one site.checks entry a group)"));

        var points = new Geometry[batchPoints];
        for (var i = 0; i < batchPoints; i++)
        {
            points[i] = Wgs84.Point(36 + (random.NextDouble() * 6), 32.5 + (random.NextDouble() * 4.5));
        }

        var batchMs = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var batch = new CheckRecord("user:planner-batch", "russia", at.AddDays(1).AddMinutes(r), points, 1_000, at, at.AddDays(1), CheckOutcome.Answered,
                [new CheckConflict(17, "conflict: school (Truce monitor)", ["site-2"])]);
            var sw = Stopwatch.StartNew();
            store.RecordChecks([batch], "bench");
            batchMs.Add(sw.Elapsed.TotalMilliseconds);
        }

        batchMs.Sort();
        var batchMedian = batchMs[batchMs.Count / 2];
        Console.WriteLine(string.Create(C,
            $"batch of {batchPoints:N0} points: median {batchMedian:F0} ms (min {batchMs[0]:F0}, max {batchMs[^1]:F0}) over {rounds} = {batchPoints / batchMedian * 1000:N0} points/s; {batchPoints * 16 / 1e6:F0} MB of packed targets a batch"));

        var counted = Stopwatch.StartNew();
        long targets = 0;
        for (var i = 0; i < 1_000; i++)
        {
            targets += store.CheckedTargets($"user:planner-{i % 20}", at.AddSeconds(-1));
        }

        Console.WriteLine(string.Create(C, $"CheckedTargets: {counted.Elapsed.TotalMilliseconds / 1_000:F3} ms a call (1,000 calls over 20 principals, {targets / 1_000:N0} targets each on average)"));
        var verify = Stopwatch.StartNew();
        var report = LogVerifier.Verify(store);
        Console.WriteLine(string.Create(C,
            $"audit verify: {report.Size:N0} entries, {report.ClaimsMatched:N0} claims matched, {(report.Intact ? "intact" : "NOT INTACT: " + report.Problems[0])}, {verify.Elapsed.TotalSeconds:F1} s (every check row re-encoded and hashed)"));
        return report.Intact ? 0 : 1;
    }
}
