using Truce.Domain.Deconfliction;
using Truce.Formats.Sites;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using Truce.Geo.Tests.Deconfliction.Attacks;
using Truce.Testing;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

/// <summary>The scripted attackers of issue 7 against the index, the detector and the budget, in process.</summary>
public sealed class ProbingAttackTests
{
    private const double Declared = ProtectionBuffer.DefaultDeclaredMetres;

    private static readonly Lazy<ProtectedSite> AlQuds = new(() =>
    {
        using var reader = new ProtectedSiteTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")), "protected_sites.csv",
            new SiteTableOptions { RadiusMetres = 100, Contact = new ContactChannel("UN deconfliction cell") });
        return reader.Read().Sites.Single(s => s.Id == "protected_sites.csv#P01");
    });

    public static TheoryData<string, string> Attackers => new()
    {
        { "boundary walker", "boundary-walk" },
        { "grid scanner", "grid-scan" },
        { "coarse grid scanner", "grid-scan" },
        { "trilaterator", "trilateration" },
    };

    public static TheoryData<string> AttackerNames => ["boundary walker", "grid scanner", "trilaterator"];

    [Theory]
    [MemberData(nameof(Attackers))]
    public async Task Each_attacker_is_detected_within_50_queries_then_refused_and_ends_no_closer_than_the_declared_buffer(string attacker, string pattern)
    {
        var clock = new ManualClock(Day);
        var detector = new ProbeDetector(new ProbeDetectorOptions(), clock);
        var budget = new QueryBudget(_ => 10_000, 1_000_000, clock);
        foreach (var (site, n) in Targets().Select((s, n) => (s, n)))
        {
            var index = new ProtectedSiteIndex([site], new ProtectionBuffer(Key));
            var oracle = new ProbingOracle(index, detector, budget, $"user:attacker-{n}");
            var result = await Attack(attacker, oracle.Ask, Guess(site, n), 10_000);

            var (finding, query) = Assert.Single(oracle.Findings);
            Assert.Equal(pattern, finding.Pattern);
            Assert.True(query <= 50, $"{attacker} on {site.Id}: detected at query {query}");
            Assert.All(finding.SiteIds, id => Assert.Equal(site.Id, id)); // the probed site, or none for a pattern seen before any check came near
            Assert.Equal(Day.AddHours(24), finding.ThrottledUntil);
            Assert.True(result.Refused);
            Assert.Equal(query + 1, result.Queries);
            Assert.True(Error(result, site) >= Declared, $"{attacker} on {site.Id}: {Error(result, site):F1} m");
            TestContext.Current.TestOutputHelper?.WriteLine($"{attacker} on {site.Id}: {finding.Pattern} at query {query}: {finding.Detail}");
        }
    }

    [Theory]
    [MemberData(nameof(AttackerNames))]
    public async Task Undefended_with_10_000_queries_each_attacker_maps_the_checked_disc_yet_stays_at_least_the_declared_buffer_from_every_site(string attacker)
    {
        var buffer = new ProtectionBuffer(Key);
        foreach (var (site, n) in Targets().Select((s, n) => (s, n)))
        {
            var index = new ProtectedSiteIndex([site], buffer);
            var oracle = new ProbingOracle(index, null, null, "user:attacker");
            var result = await Attack(attacker, oracle.Ask, Guess(site, n), 10_000);

            Assert.False(result.Refused);
            Assert.InRange(result.Queries, 2_000, 10_000);
            var zone = new ProtectionZone(site, buffer.For(site.Id));
            var toChecked = EllipsoidDistance.Metres(result.Latitude!.Value, result.Longitude!.Value, zone.Frame.Latitude, zone.Frame.Longitude);
            Assert.True(toChecked < 5, $"{attacker} on {site.Id}: {toChecked:F2} m from the checked centre (the attack works)");
            var error = Error(result, site);
            Assert.True(error >= Declared, $"{attacker} on {site.Id}: {error:F1} m from the site");
            Assert.InRange(error, Declared, ProtectionBuffer.DefaultMaxShiftMetres + 5);
            TestContext.Current.TestOutputHelper?.WriteLine($"{attacker} on {site.Id}: {result.Queries} queries, {toChecked:F2} m from the checked centre, {error:F1} m from the site");
        }
    }

    [Theory]
    [MemberData(nameof(AttackerNames))]
    public async Task Without_a_buffer_the_same_attackers_find_every_site_within_a_few_metres(string attacker)
    {
        foreach (var (site, n) in Targets().Select((s, n) => (s, n)))
        {
            var oracle = new ProbingOracle(Index(site), null, null, "user:attacker");
            var result = await Attack(attacker, oracle.Ask, Guess(site, n), 10_000);
            Assert.True(Error(result, site) < 5, $"{attacker} on {site.Id}: {Error(result, site):F2} m");
            TestContext.Current.TestOutputHelper?.WriteLine($"{attacker} on {site.Id}, no buffer: {result.Queries} queries, {Error(result, site):F2} m from the site");
        }
    }

    [Fact]
    public async Task Repeating_a_query_learns_nothing_the_answer_and_the_whole_attack_come_out_identical()
    {
        var site = AlQuds.Value;
        var buffer = new ProtectionBuffer(Key);
        var zone = new ProtectionZone(site, buffer.For(site.Id));
        var index = new ProtectedSiteIndex([site], buffer);
        var oracle = new ProbingOracle(index, null, null, "user:attacker");
        for (var metres = zone.ReachMetres - 0.5; metres <= zone.ReachMetres + 0.5; metres += 0.25)
        {
            var (lat, lon) = Offset(zone.Frame.Latitude, zone.Frame.Longitude, metres, 123);
            var answers = new HashSet<bool?>();
            for (var repeat = 0; repeat < 1_000; repeat++)
            {
                answers.Add(await oracle.Ask(lat, lon, 0));
            }

            Assert.Equal([metres <= zone.ReachMetres - 0.01], answers);
        }

        var first = await Attack("boundary walker", oracle.Ask, Guess(site, 0), 2_000);
        var second = await Attack("boundary walker", new ProbingOracle(new ProtectedSiteIndex([site], buffer), null, null, "user:other").Ask, Guess(site, 0), 2_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_spent_budget_stops_an_attacker_before_it_has_an_estimate()
    {
        var clock = new ManualClock(Day);
        var budget = new QueryBudget(_ => 30, 1_000_000, clock);
        var oracle = new ProbingOracle(new ProtectedSiteIndex([AlQuds.Value], new ProtectionBuffer(Key)), null, budget, "user:attacker");
        var result = await Attack("trilaterator", oracle.Ask, Guess(AlQuds.Value, 0), 10_000);
        Assert.Equal(new AttackResult(null, null, 31, true), result);
        Assert.Equal(30, budget.Used("user:attacker"));
    }

    /// <summary>Al-Quds (neighbourhood centroid, reach 1,600 m) and six random point sites of 300–800 m over Syria.</summary>
    private static IEnumerable<ProtectedSite> Targets()
    {
        yield return AlQuds.Value;
        var random = new Random(17);
        for (var i = 0; i < 6; i++)
        {
            yield return Point($"random-{i}", 32.5 + (random.NextDouble() * 4.5), 36 + (random.NextDouble() * 6), 300 + (random.NextDouble() * 500));
        }
    }

    /// <summary>The attacker's suspicion: 150 m from the site on a bearing that varies by site.</summary>
    private static (double Lat, double Lon) Guess(ProtectedSite site, int n) =>
        Offset(site.Geometry!.Coordinate.Y, site.Geometry.Coordinate.X, 150, 37 + (n * 71));

    private static ValueTask<AttackResult> Attack(string attacker, Func<double, double, double, ValueTask<bool?>> oracle, (double Lat, double Lon) guess, int queries) =>
        attacker switch
        {
            "boundary walker" => BoundaryWalker.Run(oracle, guess.Lat, guess.Lon, 4_000, queries),
            "grid scanner" => GridScanner.Run(oracle, guess.Lat, guess.Lon, 4_000, 49, queries),
            "coarse grid scanner" => GridScanner.Run(oracle, guess.Lat, guess.Lon, 4_000, 9, queries), // rows too short for a scan line: the lattice test
            "trilaterator" => Trilaterator.Run(oracle, guess.Lat, guess.Lon, 5_000, 10_000, queries),
            _ => throw new ArgumentOutOfRangeException(nameof(attacker)),
        };

    /// <summary>Metres from the estimate to the real site; infinite without an estimate.</summary>
    private static double Error(AttackResult result, ProtectedSite site) => result.Latitude is null
        ? double.PositiveInfinity
        : EllipsoidDistance.Metres(result.Latitude.Value, result.Longitude!.Value, site.Geometry!.Coordinate.Y, site.Geometry.Coordinate.X);
}
