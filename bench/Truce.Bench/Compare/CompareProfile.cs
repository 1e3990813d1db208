using System.Diagnostics;
using System.Globalization;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Geo.Control;
using Truce.Geo.Deconfliction;
using Truce.Geo.Indexing;

namespace Truce.Bench.Compare;

/// <summary>
/// <c>compare-truce WORK ROWS [ROUNDS] [PREFIX]</c>: the Truce side of W3, W4 and W6 alone, on one
/// thread, over the events of an earlier <c>compare</c> run's SQLite store in WORK (no PostgreSQL):
/// the median wall and CPU seconds of the lookups and of some of their parts (for W6 also the same
/// points sorted by place, and moved off the grid: what memory latency and the call itself cost;
/// and the sites-first <see cref="ProtectedSiteIndex.MarkWithin"/>, with its count of marks),
/// for profiling on a shared machine, where one thread's time moves less with the load than two
/// threads'. PREFIX keeps only the measurements whose name starts with it (e.g. <c>W4</c>).
/// </summary>
internal static class CompareProfile
{
    private static string? Only;

    public static int Run(string[] args, string repo)
    {
        var c = CultureInfo.InvariantCulture;
        var rows = int.Parse(args[2], c);
        var rounds = args.Length > 3 ? int.Parse(args[3], c) : 5;
        Only = args.Length > 4 ? args[4] : null;
        var options = new CompareOptions("", rows, rounds, Path.GetFullPath(args[1]), "", "", "");
        var context = new CompareContext(options, repo);
        context.Inputs = CompareInputs.Build(repo, CompareBench.Communities(repo), 5_000, 10_000);
        context.LoadEvents();
        var (lat, lon, day, n) = (context.Lat, context.Lon, context.Day, context.Count);

        var build = Stopwatch.StartNew();
        var timeline = new ControlTimeline(context.Inputs.Timeline);
        Console.WriteLine(string.Create(c, $"ControlTimeline (areas) built in {build.Elapsed.TotalSeconds:0.000} s"));
        var cover = new PolygonCover([.. context.Inputs.Admin3.Select(b => b.Geometry)]);
        var places = new ControlTimeline(context.Inputs.PlaceRecords(), new ControlTimelineOptions { PlaceRadiusMetres = CompareInputs.PlaceRadiusMetres });
        var sites = new ProtectedSiteIndex(context.Inputs.Sites.Select(s => new ProtectedSite
        {
            Id = s.Id,
            Category = SiteCategory.Hospital,
            Geometry = Wgs84.Point(s.Longitude, s.Latitude),
            RadiusMetres = CompareInputs.SiteRadiusMetres,
            Contact = new ContactChannel("desk"),
        }), new ProtectionBuffer(new byte[32], 0, 0, 0, 0), new SiteIndexOptions { ParallelBatchThreshold = int.MaxValue });
        var t0 = new DateTimeOffset(2016, 9, 19, 0, 0, 0, TimeSpan.Zero);
        var t1 = t0.AddHours(1);
        long sink = 0;
        Time("W3 PolygonCover.Locate", rounds, () =>
        {
            Span<int> into = stackalloc int[16];
            for (var i = 0; i < n; i++)
            {
                sink += cover.Locate(lon[i], lat[i], into);
            }
        });
        Time("W3 ControlTimeline.At (areas)", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += timeline.At(lat[i], lon[i], day[i]).Controllers.Count;
            }
        });
        Time("W4 ControlTimeline.At (places)", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += places.At(lat[i], lon[i], day[i]).Records.Count;
            }
        });
        Time("W6 ProtectedSiteIndex.Check, per point", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += sites.Check(lat[i], lon[i], 0, t0, t1).IsClear ? 0 : 1;
            }
        });
        // The same points in cells of 0.02°, row by row: what the check costs when its memory is in cache.
        var order = Enumerable.Range(0, n).OrderBy(i => ((int)(lat[i] * 50) * 100_000) + (int)(lon[i] * 50)).ToArray();
        var (slat, slon) = (order.Select(i => lat[i]).ToArray(), order.Select(i => lon[i]).ToArray());
        Time("W6 ProtectedSiteIndex.Check, sorted points", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += sites.Check(slat[i], slon[i], 0, t0, t1).IsClear ? 0 : 1;
            }
        });
        Time("W6 ProtectedSiteIndex.Check, points off the grid", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += sites.Check(lat[i] - 40, lon[i], 0, t0, t1).IsClear ? 0 : 1;
            }
        });
        var grid = new PointGrid(lat, lon);
        var within = new bool[n];
        Time("W6 ProtectedSiteIndex.MarkWithin, from the sites", rounds, () =>
        {
            Array.Clear(within);
            sites.MarkWithin(grid, t0, t1, within);
        });
        sink += within.Count(x => x);
        Time("W6 loop reading the points", rounds, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sink += lat[i] - 40 > lon[i] ? 0 : 1;
            }
        });
        Console.WriteLine(string.Create(c, $"(checksum {sink})"));

        return 0;
    }

    private static void Time(string name, int rounds, Action body)
    {
        if (Only is { } only && !name.StartsWith(only, StringComparison.Ordinal))
        {
            return;
        }

        // Twice and a pause first, as CompareRounds does: the tiered JIT installs optimised code in the background.
        body();
        Thread.Sleep(300);
        body();
        var (wall, cpu) = (new double[rounds], new double[rounds]);
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            body();
            wall[r] = watch.Elapsed.TotalSeconds;
            process.Refresh();
            cpu[r] = (process.TotalProcessorTime - cpu0).TotalSeconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} wall median {wall[rounds / 2]:0.000} s (min {wall[0]:0.000}), cpu median {cpu[rounds / 2]:0.000} s (min {cpu[0]:0.000})"));
    }
}
