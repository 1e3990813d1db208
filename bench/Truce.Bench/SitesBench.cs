using System.Collections.Concurrent;
using System.Diagnostics;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;

namespace Truce.Bench;

/// <summary>
/// Deconfliction checks (issue 7): <c>sites [SITES] [RADIUS]</c> builds a <see cref="ProtectedSiteIndex"/>
/// over SITES random point sites of RADIUS metres (default 10,000 × 500 m, with the default secret
/// buffer: a 250–500 m shift and a 50–250 m margin) spread over Syria's bounding box, and times a million precomputed strike requests
/// (100 m radius, a one-hour window) in three workloads: uniform points over the box (mostly clear,
/// as real requests are), points within 2 km of a random site (every one needs a distance test),
/// and the same near points through the batch API; and the point overload fed from coordinate
/// arrays, which measures the index without the request objects. Single checks run on one core and on every
/// core; reports the median of five timed passes after three warm-up passes, and
/// the checks per CPU-second of the process (steadier than wall time when another job shares the cores).
/// </summary>
internal static class SitesBench
{
    private const int Queries = 1_000_000;
    /// <summary>Syria's bounding box, degrees (also <see cref="StrikesBench"/>'s).</summary>
    internal const double MinLon = 35.7, MaxLon = 42.4, MinLat = 32.3, MaxLat = 37.3;

    public static int Run(int count, double radius)
    {
        var random = new Random(7);
        var day = new DateTimeOffset(2016, 9, 19, 0, 0, 0, TimeSpan.Zero);
        var sites = new ProtectedSite[count];
        for (var i = 0; i < count; i++)
        {
            sites[i] = new ProtectedSite
            {
                Id = $"site-{i}",
                Category = (SiteCategory)(i % 11),
                Geometry = Wgs84.Point(MinLon + (random.NextDouble() * (MaxLon - MinLon)), MinLat + (random.NextDouble() * (MaxLat - MinLat))),
                RadiusMetres = radius,
                Contact = new ContactChannel($"desk {i % 20}"),
            };
        }

        var key = new byte[32];
        random.NextBytes(key);
        var build = Stopwatch.StartNew();
        var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(key));
        build.Stop();
        Console.WriteLine($"sites: {count:N0} points, radius {radius:N0} m + buffer (shift 250–500 m, margin 50–250 m); index built in {build.Elapsed.TotalMilliseconds:N0} ms; {Environment.ProcessorCount} cores");

        var uniform = new StrikeRequest[Queries];
        var near = new StrikeRequest[Queries];
        for (var i = 0; i < Queries; i++)
        {
            uniform[i] = new StrikeRequest(Wgs84.Point(MinLon + (random.NextDouble() * (MaxLon - MinLon)), MinLat + (random.NextDouble() * (MaxLat - MinLat))),
                100, day, day.AddHours(1));
            var site = (NetTopologySuite.Geometries.Point)sites[random.Next(count)].Geometry!;
            near[i] = new StrikeRequest(Wgs84.Point(site.X + ((random.NextDouble() - 0.5) * 0.044), site.Y + ((random.NextDouble() - 0.5) * 0.036)),
                100, day, day.AddHours(1));
        }

        // Settle the million request objects (promoted and compacted) before any timing, so no workload pays for it.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        // Run every loop before timing any, then let the tiered JIT install its optimised code: without this the first
        // workload timed ran partly in tier-0 code (10 M/s on one core instead of 17 M/s).
        for (var round = 0; round < 2; round++)
        {
            OneCore(index, uniform);
            AllCores(index, uniform);
            index.Check(uniform);
            Coordinates(index, [.. uniform.Take(100_000).Select(r => r.Target.Coordinate.Y)], [.. uniform.Take(100_000).Select(r => r.Target.Coordinate.X)], day);
            Thread.Sleep(500);
        }

        foreach (var (name, requests) in new[] { ("uniform", uniform), ("near a site", near) })
        {
            var conflicts = requests.Count(r => !index.Check(r).IsClear);
            Console.WriteLine($"{name}: {conflicts * 100.0 / Queries:F1}% conflict");
            Report($"  single checks, 1 core", () => OneCore(index, requests));
            Report($"  single checks, {Environment.ProcessorCount} cores", () => AllCores(index, requests));
            Report($"  batch of {Queries:N0}", () => index.Check(requests).Length);
            var (lat, lon) = (requests.Select(r => r.Target.Coordinate.Y).ToArray(), requests.Select(r => r.Target.Coordinate.X).ToArray());
            Report($"  coordinates from arrays, 1 core", () => Coordinates(index, lat, lon, day));
        }

        return 0;
    }

    // Both loops call Slice per 16,384 requests, so both run the same tier-1 code (a method called a few times stays in tier 0).
    private static int OneCore(ProtectedSiteIndex index, StrikeRequest[] requests)
    {
        var conflicts = 0;
        for (var start = 0; start < requests.Length; start += 16_384)
        {
            conflicts += Slice(index, requests, start, Math.Min(requests.Length, start + 16_384));
        }

        return conflicts;
    }

    private static int Coordinates(ProtectedSiteIndex index, double[] lat, double[] lon, DateTimeOffset day)
    {
        var conflicts = 0;
        for (var start = 0; start < lat.Length; start += 16_384)
        {
            conflicts += CoordinateSlice(index, lat, lon, day, start, Math.Min(lat.Length, start + 16_384));
        }

        return conflicts;
    }

    private static int CoordinateSlice(ProtectedSiteIndex index, double[] lat, double[] lon, DateTimeOffset day, int start, int end)
    {
        var conflicts = 0;
        var to = day.AddHours(1);
        for (var i = start; i < end; i++)
        {
            conflicts += index.Check(lat[i], lon[i], 100, day, to).IsClear ? 0 : 1;
        }

        return conflicts;
    }

    private static int Slice(ProtectedSiteIndex index, StrikeRequest[] requests, int start, int end)
    {
        var conflicts = 0;
        for (var i = start; i < end; i++)
        {
            conflicts += index.Check(requests[i]).IsClear ? 0 : 1;
        }

        return conflicts;
    }

    private static int AllCores(ProtectedSiteIndex index, StrikeRequest[] requests)
    {
        var conflicts = 0;
        Parallel.ForEach(Partitioner.Create(0, requests.Length, 16_384), range =>
        {
            Interlocked.Add(ref conflicts, Slice(index, requests, range.Item1, range.Item2));
        });
        return conflicts;
    }

    private static void Report(string name, Func<int> pass)
    {
        // Three warm-up passes, so the timed ones run fully optimised (tiered) code.
        for (var w = 0; w < 3; w++)
        {
            pass();
        }

        var times = new double[5];
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var t = 0; t < times.Length; t++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            times[t] = watch.Elapsed.TotalSeconds;
        }

        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Array.Sort(times);
        Console.WriteLine($"{name}: {Queries / times[2] / 1e6:F2} M checks/s (median of 5; {times[2] * 1e9 / Queries:F0} ns each); " +
            $"{Queries * times.Length / cpuSeconds / 1e6:F2} M checks per CPU-second");
    }
}
