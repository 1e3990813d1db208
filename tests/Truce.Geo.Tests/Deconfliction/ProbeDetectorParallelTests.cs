using System.Globalization;
using Truce.Geo.Deconfliction;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

/// <summary>
/// The parallel batch pass (<see cref="ProbeDetector.ObserveBatchParallel(string, ReadOnlyMemory{double}, ReadOnlyMemory{double}, double, ReadOnlyMemory{bool}, Func{int, IReadOnlyList{string}})"/>)
/// against the sequential one: the same first finding, and the same history afterwards (the same
/// answers to the checks that follow), with patterns placed across chunk boundaries.
/// </summary>
public sealed class ProbeDetectorParallelTests
{
    public static TheoryData<int> Chunks => [1, 7, 64, 1_000];

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Ordinary_planning_over_a_dense_city_gives_the_same_answer_and_history_both_ways(int chunk)
    {
        var batch = Scattered(6_000, seed: 1);
        var (sequential, parallel) = Both(batch, chunk);
        Assert.Null(sequential);
        Assert.Null(parallel);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void A_lattice_straddling_chunks_is_the_same_grid_scan_at_the_same_check(int chunk)
    {
        var batch = Scattered(5_000, seed: 2);
        Insert(batch, 2_990, Lattice(35, 38, 0.01));
        var (sequential, parallel) = Both(batch, chunk);
        Assert.Equal("grid-scan", sequential?.Pattern);
        Same(sequential, parallel);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Of_two_patterns_in_different_chunks_the_earlier_is_found_both_ways(int chunk)
    {
        var batch = Scattered(5_000, seed: 3);
        Insert(batch, 1_500, Bisection());
        Insert(batch, 4_000, Lattice(35, 38, 0.01));
        var (sequential, parallel) = Both(batch, chunk);
        Assert.Equal("boundary-walk", sequential?.Pattern);
        Same(sequential, parallel);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Checks_near_one_site_scattered_in_a_batch_are_the_same_site_probing(int chunk)
    {
        var batch = Scattered(3_000, seed: 4);
        var random = new Random(4);
        for (var i = 0; i < 12; i++)
        {
            Insert(batch, 1_000 + (i * 9), [(36.0 + (random.NextDouble() * 0.01), 38.0 + (random.NextDouble() * 0.01), false, ["h"])]);
        }

        var (sequential, parallel) = Both(batch, chunk);
        Assert.Equal("site-probing", sequential?.Pattern);
        Same(sequential, parallel);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void Radii_asked_before_the_batch_complete_the_same_trilateration_in_a_later_chunk(int chunk)
    {
        var batch = Scattered(2_000, seed: 5);
        Insert(batch, 90, [(35.5, 38.5, true, [])]);
        var (sequential, parallel) = Both(batch, chunk, before: d =>
        {
            foreach (var (radius, conflict) in new[] { (200.0, false), (400.0, true), (300.0, false), (350.0, true) })
            {
                Assert.Null(d.Observe("user:a", 35.5, 38.5, radius, conflict, []));
            }
        });
        Assert.Equal("trilateration", sequential?.Pattern);
        Same(sequential, parallel);
    }

    [Fact]
    public void A_throttled_principal_is_not_observed_either_way()
    {
        var batch = Scattered(2_000, seed: 6);
        Insert(batch, 100, Lattice(35, 38, 0.01));
        var (sequential, parallel) = Both(batch, 16, before: d => d.Throttle("user:a", Day.AddHours(1)));
        Assert.Null(sequential);
        Assert.Null(parallel);
    }

    [Fact]
    public void A_large_batch_in_the_default_chunks_finds_the_same_scan_line()
    {
        var batch = Scattered(120_000, seed: 7);
        Insert(batch, 70_000, [.. Enumerable.Range(0, 40).Select(i => (35.0, 38 + (i * 0.001), false, Array.Empty<string>()))]);
        var (sequential, parallel) = Both(batch, chunk: 0);
        Assert.Equal("16 distinct checks along one parallel (a scan line)", sequential?.Detail);
        Same(sequential, parallel);
    }

    /// <summary>Runs the batch through a sequential and a parallel detector (chunk 0: the public overload), then the same follow-up checks through both; asserts the follow-ups agree.</summary>
    private static (ProbeFinding? Sequential, ProbeFinding? Parallel) Both(Batch batch, int chunk, Action<ProbeDetector>? before = null)
    {
        var clock = new ManualClock(Day);
        var sequential = new ProbeDetector(new ProbeDetectorOptions(), clock);
        var parallel = new ProbeDetector(new ProbeDetectorOptions(), clock);
        before?.Invoke(sequential);
        before?.Invoke(parallel);
        clock.Now = Day.AddMinutes(1);
        var (lat, lon, conflict, near) = (batch.Lat.ToArray(), batch.Lon.ToArray(), batch.Conflict.ToArray(), batch.Near.ToArray());
        var s = sequential.ObserveBatch("user:a", lat, lon, 0, conflict, i => near[i]);
        var p = chunk == 0
            ? parallel.ObserveBatchParallel("user:a", lat, lon, 0, conflict, i => near[i])
            : parallel.ObserveBatchParallel("user:a", lat, lon, 0, conflict, i => near[i], chunk);
        Assert.Equal(sequential.IsThrottled("user:a", out var until1), parallel.IsThrottled("user:a", out var until2));
        Assert.Equal(until1, until2);

        // The history left behind: the same answers to checks that read the whole ring (a lattice, a walk, near-site checks).
        clock.Now = Day.AddMinutes(2);
        var follow = Lattice(35.2, 38.2, 0.002).Concat(Bisection()).Concat(Enumerable.Range(0, 20).Select(i => (36.0 + (i * 1e-4), 38.0 - (i * 1e-4), i % 2 == 0, (string[])["h"])));
        foreach (var (la, lo, c, n) in follow)
        {
            Assert.Equal(Text(sequential.Observe("user:a", la, lo, 0, c, n)), Text(parallel.Observe("user:a", la, lo, 0, c, n)));
        }

        return (s, p);
    }

    private static void Same(ProbeFinding? sequential, ProbeFinding? parallel)
    {
        Assert.NotNull(sequential);
        Assert.Equal(Text(sequential), Text(parallel));
    }

    private static string Text(ProbeFinding? f) => f is null ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{f.Pattern} | {f.Detail} | {string.Join(',', f.SiteIds)} | {f.Checks} | {f.ThrottledUntil:O}");

    private sealed record Batch(List<double> Lat, List<double> Lon, List<bool> Conflict, List<string[]> Near);

    /// <summary>Random checks of 100 m over Aleppo and its region, answered and marked near by the Aleppo 2016 sites.</summary>
    private static Batch Scattered(int n, int seed)
    {
        var random = new Random(seed);
        var batch = new Batch([], [], [], []);
        var near = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var (lat, lon) = i % 3 == 0
                ? (36.13 + (random.NextDouble() * 0.13), 37.08 + (random.NextDouble() * 0.14))
                : (35.8 + (random.NextDouble() * 0.9), 36.5 + (random.NextDouble() * 1.4));
            near.Clear();
            ProbeDetectorTests.Aleppo.Value.NearBoundary(lat, lon, 100, Day, Day.AddHours(1), 100, near);
            Insert(batch, i, [(lat, lon, !ProbeDetectorTests.Aleppo.Value.Check(lat, lon, 100, Day, Day.AddHours(1)).IsClear, [.. near])]);
        }

        return batch;
    }

    private static void Insert(Batch batch, int at, IEnumerable<(double Lat, double Lon, bool Conflict, string[] Near)> checks)
    {
        foreach (var (lat, lon, conflict, near) in checks)
        {
            batch.Lat.Insert(at, lat);
            batch.Lon.Insert(at, lon);
            batch.Conflict.Insert(at, conflict);
            batch.Near.Insert(at++, near);
        }
    }

    private static (double, double, bool, string[])[] Lattice(double lat, double lon, double step)
    {
        var points = (from row in Enumerable.Range(0, 6) from column in Enumerable.Range(0, 6) select (lat + (row * step), lon + (column * step), false, Array.Empty<string>())).ToArray();
        new Random(2).Shuffle(points);
        return points;
    }

    /// <summary>A bisection along one ray towards the edge of a disc of 1,234 m: 13 converging steps, the answer flipping.</summary>
    private static (double, double, bool, string[])[] Bisection()
    {
        var checks = new List<(double, double, bool, string[])>();
        var (lo, hi) = (0.0, 4_000.0);
        for (var i = 0; i < 13; i++)
        {
            var mid = (lo + hi) / 2;
            var conflict = mid <= 1_234;
            (lo, hi) = conflict ? (mid, hi) : (lo, mid);
            var (lat, lon) = Offset(36.2, 37.1, mid, 45);
            checks.Add((lat, lon, conflict, []));
        }

        return [.. checks];
    }
}
