using System.Diagnostics;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;

namespace Truce.Bench;

/// <summary>
/// The probing defence (issue 7): <c>probing</c> times <see cref="QueryBudget.TryTake"/> (one
/// principal, one thread; then one principal per core, all sharing the global count) and
/// <see cref="ProbeDetector"/> observations of a million random points over Syria's bounding box
/// (far from every site, clear, as nearly all real checks are) one by one and as one batch, then
/// the whole per-point cost a server pays — check, near-boundary lookup and observation — against
/// 10,000 sites of 500 m with the default buffer. The system clock is used throughout, as in the
/// server. Reports the median of five timed passes after three warm-up passes.
/// </summary>
internal static class ProbingBench
{
    private const int Points = 1_000_000;
    private const int Takes = 10_000_000;

    public static int Run()
    {
        var random = new Random(7);
        var day = new DateTimeOffset(2016, 9, 19, 0, 0, 0, TimeSpan.Zero);
        var lat = new double[Points];
        var lon = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            (lat[i], lon[i]) = (32.3 + (random.NextDouble() * 5), 35.7 + (random.NextDouble() * 6.7));
        }

        Console.WriteLine($"probing: {Environment.ProcessorCount} cores");
        var budget = new QueryBudget(_ => long.MaxValue / 4, long.MaxValue / 4, TimeProvider.System);
        Report("budget TryTake, 1 principal, 1 thread", Takes, () => Take(budget, "user:a", Takes));
        Report($"budget TryTake, 1 principal per thread, {Environment.ProcessorCount} threads", Takes, () =>
        {
            Parallel.For(0, Environment.ProcessorCount, t => Take(budget, $"user:{t}", Takes / Environment.ProcessorCount));
            return 0;
        });

        var findings = 0;
        var principal = 0;
        Report("detector Observe, far points, 1 principal", Points, () =>
        {
            // A fresh principal a pass, so every pass starts with an empty ring, as a new day's planner would.
            var detector = new ProbeDetector(new ProbeDetectorOptions(), TimeProvider.System);
            var name = $"user:{principal++}";
            for (var i = 0; i < Points; i++)
            {
                findings += detector.Observe(name, lat[i], lon[i], 100, false, []) is null ? 0 : 1;
            }

            return 0;
        });
        Report("detector ObserveBatch of 1M far points", Points, () =>
        {
            var detector = new ProbeDetector(new ProbeDetectorOptions(), TimeProvider.System);
            findings += detector.ObserveBatch("user:batch", lat, lon, 100, new bool[Points], static _ => []) is null ? 0 : 1;
            return 0;
        });

        var sites = new ProtectedSite[10_000];
        for (var i = 0; i < sites.Length; i++)
        {
            sites[i] = new ProtectedSite
            {
                Id = $"site-{i}",
                Category = (SiteCategory)(i % 11),
                Geometry = Wgs84.Point(35.7 + (random.NextDouble() * 6.7), 32.3 + (random.NextDouble() * 5)),
                RadiusMetres = 500,
                Contact = new ContactChannel($"desk {i % 20}"),
            };
        }

        var key = new byte[32];
        random.NextBytes(key);
        var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(key));
        var near = new List<string>();
        var nearChecks = 0;
        Report("check + NearBoundary + Observe, uniform points, 10,000 sites", Points, () =>
        {
            var detector = new ProbeDetector(new ProbeDetectorOptions(), TimeProvider.System);
            var name = $"user:{principal++}";
            var to = day.AddHours(1);
            nearChecks = 0;
            for (var i = 0; i < Points; i++)
            {
                var conflict = !index.Check(lat[i], lon[i], 100, day, to).IsClear;
                near.Clear();
                nearChecks += index.NearBoundary(lat[i], lon[i], 100, day, to, 100, near) > 0 ? 1 : 0;
                findings += detector.Observe(name, lat[i], lon[i], 100, conflict, near.Count == 0 ? [] : [.. near]) is null ? 0 : 1;
            }

            return 0;
        });
        // The server's batch pass: the answers and near-boundary lists of a batch of 1M points, observed sequentially and split over the cores.
        var conflicts = new bool[Points];
        var nearLists = new string[]?[Points];
        var inConflict = 0;
        for (var i = 0; i < Points; i++)
        {
            conflicts[i] = !index.Check(lat[i], lon[i], 100, day, day.AddHours(1)).IsClear;
            inConflict += conflicts[i] ? 1 : 0;
            near.Clear();
            nearLists[i] = index.NearBoundary(lat[i], lon[i], 100, day, day.AddHours(1), 100, near) > 0 ? [.. near] : null;
        }

        Console.WriteLine($"batch: {inConflict * 100.0 / Points:F1}% of the points in conflict");
        Report("detector ObserveBatch of 1M answered points, sequential", Points, () =>
        {
            var detector = new ProbeDetector(new ProbeDetectorOptions(), TimeProvider.System);
            findings += detector.ObserveBatch("user:batch", lat, lon, 100, conflicts, i => nearLists[i] ?? []) is null ? 0 : 1;
            return 0;
        });
        Report($"detector ObserveBatchParallel of 1M answered points, {Environment.ProcessorCount} cores", Points, () =>
        {
            var detector = new ProbeDetector(new ProbeDetectorOptions(), TimeProvider.System);
            findings += detector.ObserveBatchParallel("user:batch", lat, lon, 100, conflicts, i => nearLists[i] ?? []) is null ? 0 : 1;
            return 0;
        });
        Console.WriteLine($"{nearChecks * 100.0 / Points:F2}% of the uniform points lie near a checked boundary; findings over all passes: {findings}");
        return 0;
    }

    private static int Take(QueryBudget budget, string principal, int n)
    {
        var taken = 0;
        for (var i = 0; i < n; i++)
        {
            taken += budget.TryTake(principal, 1, out _) ? 1 : 0;
        }

        return taken;
    }

    private static void Report(string name, int operations, Func<int> pass)
    {
        for (var w = 0; w < 3; w++)
        {
            pass();
        }

        var times = new double[5];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var t = 0; t < times.Length; t++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            times[t] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        var cores = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / wall.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {operations / times[2] / 1e6:F2} M/s (median of 5; {times[2] * 1e9 / operations:F0} ns each; {cores:F2} cores busy)");
    }
}
