using Truce.Domain.Deconfliction;
using Truce.Formats.Sites;
using Truce.Geo.Deconfliction;
using Truce.Testing;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class ProbeDetectorTests
{
    private const double Lat = 36.2;
    private const double Lon = 37.1;

    internal static readonly Lazy<ProtectedSiteIndex> Aleppo = new(() =>
    {
        using var reader = new ProtectedSiteTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")), "protected_sites.csv",
            new SiteTableOptions { RadiusMetres = 100, Contact = new ContactChannel("UN deconfliction cell") });
        return new ProtectedSiteIndex(reader.Read().Sites, new ProtectionBuffer(Key));
    });

    [Fact]
    public void A_party_checking_5000_scattered_planned_targets_over_a_day_raises_no_alert()
    {
        var clock = new ManualClock(Day);
        var detector = new ProbeDetector(new ProbeDetectorOptions(), clock);
        var random = new Random(3);
        var near = new List<string>();
        var (nearChecks, conflicts) = (0, 0);
        double[] radii = [0, 25, 50, 100, 250, 500];
        for (var i = 0; i < 5_000; i++)
        {
            clock.Now = Day.AddSeconds(i * 17);
            var (lat, lon) = (i % 20) switch
            {
                < 10 => (36.13 + (random.NextDouble() * 0.13), 37.08 + (random.NextDouble() * 0.14)), // over the city
                < 19 => (35.8 + (random.NextDouble() * 0.9), 36.5 + (random.NextDouble() * 1.4)), // over the region
                _ => Offset(36.17505, 37.14242, random.NextDouble() * 3_000, random.NextDouble() * 360), // close to a site
            };
            var r = radii[random.Next(radii.Length)];
            var conflict = !Aleppo.Value.Check(lat, lon, r, Day, Day.AddHours(1)).IsClear;
            near.Clear();
            nearChecks += Aleppo.Value.NearBoundary(lat, lon, r, Day, Day.AddHours(1), 100, near) > 0 ? 1 : 0;
            conflicts += conflict ? 1 : 0;
            Assert.Null(detector.Observe("user:planner", new ProbeObservation(lat, lon, r, conflict, [.. near])));
        }

        Assert.InRange(nearChecks, 100, 2_000); // the sites are dense in the city: many ordinary checks fall near a boundary
        Assert.InRange(conflicts, 500, 4_000);
        Assert.False(detector.IsThrottled("user:planner", out _));
    }

    [Fact]
    public void Re_checking_the_same_few_targets_every_hour_even_near_a_boundary_raises_no_alert()
    {
        var clock = new ManualClock(Day);
        var detector = new ProbeDetector(new ProbeDetectorOptions(), clock);
        var random = new Random(8);
        var near = new List<string>();
        var targets = new List<(double Lat, double Lon, double R)>();
        while (targets.Count < 4)
        {
            var (lat, lon) = Offset(36.17505, 37.14242, random.NextDouble() * 3_000, random.NextDouble() * 360);
            near.Clear();
            if (Aleppo.Value.NearBoundary(lat, lon, 100, Day, Day.AddHours(1), 100, near) > 0)
            {
                targets.Add((lat, lon, 100));
            }
        }

        targets.AddRange(Enumerable.Range(0, 4).Select(_ => (36.13 + (random.NextDouble() * 0.13), 37.08 + (random.NextDouble() * 0.14), 250.0)));
        for (var hour = 0; hour < 72; hour++)
        {
            clock.Now = Day.AddHours(hour);
            foreach (var (lat, lon, r) in targets)
            {
                near.Clear();
                Aleppo.Value.NearBoundary(lat, lon, r, Day, Day.AddHours(1), 100, near);
                var conflict = !Aleppo.Value.Check(lat, lon, r, Day, Day.AddHours(1)).IsClear;
                Assert.Null(detector.Observe("user:planner", lat, lon, r, conflict, [.. near]));
            }
        }
    }

    [Fact]
    public void Checks_in_random_order_close_to_one_sites_checked_boundary_are_site_probing_at_the_twelfth_distinct_one()
    {
        var index = Index(Point("h", Lat, Lon, 800));
        var detector = new ProbeDetector(new ProbeDetectorOptions(), new ManualClock(Day));
        var random = new Random(4);
        var near = new List<string>();
        for (var repeat = 0; repeat < 30; repeat++)
        {
            // One check repeated counts once.
            Assert.Null(Observe(detector, index, "user:a", Offset(Lat, Lon, 820, 10), near));
        }

        for (var i = 2; i <= 12; i++)
        {
            var finding = Observe(detector, index, "user:a", Offset(Lat, Lon, 800 + ((random.NextDouble() - 0.5) * 160), random.NextDouble() * 360), near);
            if (i < 12)
            {
                Assert.Null(finding);
                continue;
            }

            Assert.NotNull(finding);
            Assert.Equal("site-probing", finding.Pattern);
            Assert.Equal(["h"], finding.SiteIds);
            Assert.Equal(12, finding.Checks);
            Assert.Equal("12 distinct checks of the last 41 within 100 m of one site's checked boundary", finding.Detail);
        }
    }

    [Fact]
    public void A_lattice_asked_in_shuffled_order_is_a_grid_scan_even_far_from_every_site()
    {
        var detector = new ProbeDetector(new ProbeDetectorOptions(), new ManualClock(Day));
        var lattice = (from row in Enumerable.Range(0, 6) from column in Enumerable.Range(0, 6) select (Lat: 35 + (row * 0.01), Lon: 38 + (column * 0.01))).ToArray();
        new Random(2).Shuffle(lattice);
        ProbeFinding? finding = null;
        var checks = 0;
        foreach (var (lat, lon) in lattice)
        {
            checks++;
            if ((finding = detector.Observe("user:a", lat, lon, 0, false, [])) is not null)
            {
                break;
            }
        }

        Assert.NotNull(finding);
        Assert.Equal("grid-scan", finding.Pattern);
        Assert.Empty(finding.SiteIds);
        Assert.InRange(checks, 16, 36);
        Assert.Matches(@"^\d+ distinct checks on a latitude/longitude lattice of [4-6] rows and [4-6] columns, spaced about 1,112 m by 911 m$", finding.Detail);
    }

    [Fact]
    public void Large_radius_conflicts_from_three_separated_centres_near_one_boundary_are_trilateration()
    {
        var index = Index(Point("h", Lat, Lon, 500));
        var detector = new ProbeDetector(new ProbeDetectorOptions(), new ManualClock(Day));
        var near = new List<string>();
        ProbeFinding? finding = null;
        foreach (var bearing in new[] { 0, 120, 240 })
        {
            var (lat, lon) = Offset(Lat, Lon, 6_000, bearing);
            near.Clear();
            index.NearBoundary(lat, lon, 5_550, Day, Day, 100, near);
            finding = detector.Observe("user:a", lat, lon, 5_550, !index.Check(lat, lon, 5_550, Day, Day).IsClear, [.. near]);
        }

        Assert.NotNull(finding);
        Assert.Equal("trilateration", finding.Pattern);
        Assert.Equal(["h"], finding.SiteIds);
        Assert.Equal(3, finding.Checks);
    }

    [Fact]
    public void A_finding_throttles_for_a_day_raises_one_alert_for_the_episode_and_other_principals_are_untouched()
    {
        var clock = new ManualClock(Day);
        var detector = new ProbeDetector(new ProbeDetectorOptions(), clock);
        var findings = Walk(detector, "user:a", 40);
        Assert.Equal(["boundary-walk"], findings.Select(f => f.Pattern));
        Assert.True(detector.IsThrottled("user:a", out var until));
        Assert.Equal(Day.AddHours(24), until);
        Assert.False(detector.IsThrottled("user:b", out _));
        Assert.Empty(Walk(detector, "user:a", 40)); // still throttled: nothing more raised

        clock.Now = Day.AddHours(24).AddSeconds(1);
        Assert.False(detector.IsThrottled("user:a", out _));
        Assert.Single(Walk(detector, "user:a", 40)); // a new episode
    }

    [Fact]
    public void A_restored_throttle_holds_until_its_end()
    {
        var clock = new ManualClock(Day);
        var detector = new ProbeDetector(new ProbeDetectorOptions(), clock);
        detector.Throttle("user:a", Day.AddHours(5));
        Assert.True(detector.IsThrottled("user:a", out var until));
        Assert.Equal(Day.AddHours(5), until);
        Assert.Empty(Walk(detector, "user:a", 40));
        clock.Now = Day.AddHours(5);
        Assert.False(detector.IsThrottled("user:a", out _));
    }

    [Fact]
    public void A_batch_is_observed_in_order_and_stops_at_the_first_finding()
    {
        var detector = new ProbeDetector(new ProbeDetectorOptions(), new ManualClock(Day));
        var random = new Random(6);
        var lat = Enumerable.Range(0, 200_000).Select(_ => 35.8 + (random.NextDouble() * 0.9)).ToArray();
        var lon = Enumerable.Range(0, 200_000).Select(_ => 36.5 + (random.NextDouble() * 1.4)).ToArray();
        Assert.Null(detector.ObserveBatch("user:a", lat, lon, 100, new bool[lat.Length], _ => []));

        var row = Enumerable.Range(0, 40).Select(i => 38 + (i * 0.001)).ToArray();
        var finding = detector.ObserveBatch("user:a", Enumerable.Repeat(35.0, 40).ToArray(), row, 0, new bool[40], _ => []);
        Assert.NotNull(finding);
        Assert.Equal("16 distinct checks along one parallel (a scan line)", finding.Detail);
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        var clock = new ManualClock(Day);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbeDetector(new ProbeDetectorOptions { Capacity = 4 }, clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbeDetector(new ProbeDetectorOptions { BandMetres = double.NaN }, clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbeDetector(new ProbeDetectorOptions { GridPoints = 1 }, clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProbeDetector(new ProbeDetectorOptions { Window = TimeSpan.Zero }, clock));
        Assert.Throws<ArgumentException>(() => new ProbeDetector(new ProbeDetectorOptions(), clock).Observe("", 0, 0, 0, false, []));
    }

    /// <summary>A bisection along one ray from a conflicting point, 13 steps, answered as by a disc of 1,234 m.</summary>
    private static List<ProbeFinding> Walk(ProbeDetector detector, string principal, int checks)
    {
        var findings = new List<ProbeFinding>();
        var (lo, hi) = (0.0, 4_000.0);
        for (var i = 0; i < checks; i++)
        {
            var mid = (lo + hi) / 2;
            var conflict = mid <= 1_234;
            (lo, hi) = conflict ? (mid, hi) : (lo, mid);
            var (lat, lon) = Offset(Lat, Lon, mid, 45 + (i / 13 * 30));
            if (detector.Observe(principal, lat, lon, 0, conflict, []) is { } finding)
            {
                findings.Add(finding);
            }

            if (hi - lo < 1)
            {
                (lo, hi) = (0, 4_000);
            }
        }

        return findings;
    }

    private static ProbeFinding? Observe(ProbeDetector detector, ProtectedSiteIndex index, string principal, (double Lat, double Lon) at, List<string> near)
    {
        near.Clear();
        index.NearBoundary(at.Lat, at.Lon, 0, Day, Day, 100, near);
        return detector.Observe(principal, at.Lat, at.Lon, 0, !index.Check(at.Lat, at.Lon, 0, Day, Day).IsClear, [.. near]);
    }
}
