using System.Diagnostics;
using System.Globalization;
using Truce.Domain.Audit;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Engines;
using Truce.Storage.Writes;

namespace Truce.Bench;

/// <summary>
/// Issue 6's figures: durable audited writes per second (gradings through group commit, each
/// acknowledged only after its transaction is flushed, against one write per transaction), and
/// inclusion proofs — time to make one from the store at a large log, and proofs verified per second.
/// </summary>
internal static class AuditBench
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary><c>audit-writes DB [WRITES] [WRITERS]</c>: the database gets one event subject graded WRITES times.</summary>
    public static int Writes(string db, int writes, int writers)
    {
        var subject = SubjectKey.Parse("ucdp:bench-1");
        using (var store = Databases.Open(db))
        {
            // Single writes, one transaction (one flush) each: the baseline without group commit.
            var single = Math.Min(writes / 10, 2_000);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < single; i++)
            {
                store.AddGrading(subject, CredibilityGrade.Weak, $"single {i}", "bench");
            }

            Console.WriteLine(string.Create(C, $"one transaction a write: {single:N0} writes in {watch.Elapsed.TotalSeconds:F2} s = {single / watch.Elapsed.TotalSeconds:N0} durable audited writes/s"));
        }

        var group = new GroupCommit(() => Databases.Open(db));
        var sw = Stopwatch.StartNew();
        var latencies = new double[writes];
        var next = -1;
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < writes)
            {
                var started = Stopwatch.GetTimestamp();
                await group.Submit(s => s.AddGrading(subject, CredibilityGrade.Fair, $"group {i}", $"writer-{w}"));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }))).GetAwaiter().GetResult();
        var elapsed = sw.Elapsed;
        var commits = group.Commits;
        group.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Array.Sort(latencies);
        Console.WriteLine(string.Create(C,
            $"group commit, {writers} writers: {writes:N0} writes in {elapsed.TotalSeconds:F2} s = {writes / elapsed.TotalSeconds:N0} durable audited writes/s; {commits:N0} commits ({(double)writes / commits:F0} writes each); acknowledgement p50 {latencies[writes / 2]:F1} ms, p99 {latencies[(int)(writes * 0.99)]:F1} ms"));
        using (var store = Databases.Open(db))
        {
            var report = LogVerifier.Verify(store);
            Console.WriteLine(string.Create(C, $"log: {report.Size:N0} entries, verified {(report.Intact ? "intact" : "NOT INTACT: " + report.Problems[0])}"));
        }

        return 0;
    }

    /// <summary><c>audit-proofs DB ENTRIES [PROOFS]</c>: grows the database's log to ENTRIES (through the store's own audited write path, in group commits of 50,000), then times proofs.</summary>
    public static int Proofs(string db, long entries, int proofs)
    {
        using var store = Databases.Open(db);
        var watch = Stopwatch.StartNew();
        var size = store.AuditSize();
        while (size < entries)
        {
            var batch = (int)Math.Min(50_000, entries - size);
            var first = size;
            store.Batch(() =>
            {
                for (var i = 0; i < batch; i++)
                {
                    store.Audit(new AuditRecord("bench.note", string.Create(C, $"note:{first + i}"), null));
                }
            });
            size += batch;
            if (size % 1_000_000 == 0)
            {
                Console.Error.WriteLine(string.Create(C, $"  {size:N0} entries, {watch.Elapsed.TotalSeconds:F0} s"));
            }
        }

        Console.WriteLine(string.Create(C, $"log of {size:N0} entries ready ({watch.Elapsed.TotalSeconds:F0} s to append what was missing)"));

        var random = new Random(6962);
        var nodes = store.AuditNodes();
        var root = MerkleProofs.Root(size, nodes);
        var indexes = Enumerable.Range(0, proofs).Select(_ => random.NextInt64(size)).ToArray();
        var made = new (long Index, byte[] Leaf, IReadOnlyList<byte[]> Path)[proofs];
        var times = new double[proofs];
        for (var i = 0; i < proofs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var path = MerkleProofs.Inclusion(indexes[i], size, nodes);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            made[i] = (indexes[i], store.AuditNodes().Read([new NodeId(0, indexes[i])])[new NodeId(0, indexes[i])], path);
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(C,
            $"inclusion proof from the store at {size:N0} entries: p50 {times[proofs / 2]:F3} ms, p99 {times[(int)(proofs * 0.99)]:F3} ms, max {times[^1]:F3} ms ({made[0].Path.Count} hashes)"));

        var verified = 0;
        var rounds = Math.Max(1, 200_000 / proofs);
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (index, leaf, path) in made)
            {
                verified += MerkleVerifier.Inclusion(index, size, leaf, path, root) ? 1 : 0;
            }
        }

        var total = rounds * proofs;
        Console.WriteLine(string.Create(C, $"verification: {total:N0} proofs in {sw.Elapsed.TotalSeconds:F2} s = {total / sw.Elapsed.TotalSeconds:N0} proofs/s on one thread ({verified:N0} valid)"));
        return verified == total ? 0 : 1;
    }
}
