using Truce.Domain.Events;
using Truce.Formats.Sites;
using Truce.Formats.Ucdp;
using Truce.Storage.Sites;
using Truce.Testing;

namespace Truce.Storage.Tests.Sites;

/// <summary>
/// The bundled UCDP events dated 2016 against the Aleppo sites of <c>protected_sites.csv</c> (100 m
/// radius; neighbourhood centroids uncertain by 1,500 m, community points by 2,500 m), every site
/// notified to every party at 2016-02-27T00:00Z.
/// </summary>
/// <remarks>
/// Expected figures computed independently in PostGIS 3.3 (the test server of
/// <c>scripts/postgres-test-server</c>): a Python script deduplicated the sites as the reader does
/// (name without asides and punctuation, plus P-codes: 32 sites, 25 located) and wrote the 5,498
/// events of 2016 with where_prec 1–3 and their uncertainty (0, 25,000, 50,000 m); then
/// <c>ST_DWithin(event::geography, site::geography, reach + u)</c> over events ending on or after
/// 27 Feb gave 3,808 pairs on 288 events, 103 of them with <c>ST_Distance + u ≤ reach</c> (within;
/// none within 0.5 m of either threshold), by site as below; Python's csv module counted the 672
/// events of 2016 with where_prec 4–6.
/// </remarks>
public sealed class AleppoStrikesTests
{
    private static readonly DateTimeOffset Feb27 = new(2016, 2, 27, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SiteStrikes> Result = new(() =>
    {
        using var sites = new ProtectedSiteTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")), "protected_sites.csv");
        var notices = sites.Read().Sites.Select(s => new StoredSite(s, 1, [], Feb27, Feb27, "cli:test", false, null)).ToList();
        using var ged = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        var events = ged.ReadEvents().Select(r => r.Event!).Where(e => e.DateStart.Year == 2016)
            .Select(e => new EventRevision(e, 1, Feb27, null, AdminCodes.None)).ToList();
        return NotifiedSiteStrikes.Compute(notices, [], [new PartyActor("syrian-government", "Government of Syria")], events);
    });

    [Fact]
    public void The_2016_events_within_reach_of_the_Aleppo_sites_match_PostGIS()
    {
        var flags = Result.Value.Flags;
        Assert.Equal(3_808, flags.Count);
        Assert.Equal(288, flags.Select(f => f.EventKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(103, flags.Count(f => f.Certainty == StrikeCertainty.Within));
        Assert.All(flags.Where(f => f.Certainty == StrikeCertainty.Within), f => Assert.Equal(1, f.Event.GeoPrecision));
        Assert.All(flags, f => Assert.Equal(RelativeTiming.Before, f.Timing));
        var bySite = flags.Where(f => f.Certainty == StrikeCertainty.Within)
            .GroupBy(f => f.SiteId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()));
        Assert.Equal(
            [("protected_sites.csv#P10", 21), ("protected_sites.csv#P14", 8), ("protected_sites.csv#P16", 9), ("protected_sites.csv#P30", 12),
             ("protected_sites.csv#P31", 19), ("protected_sites.csv#P32", 3), ("protected_sites.csv#P50", 19), ("protected_sites.csv#P51", 12)],
            bySite);
    }

    [Fact]
    public void The_2016_events_located_only_to_admin1_an_area_or_the_country_are_not_assessed_and_the_unlocated_sites_are_listed()
    {
        Assert.Equal(672, Result.Value.NotAssessed.Count);
        Assert.Equal(7, Result.Value.UnlocatedSites.Count);
    }

    [Fact]
    public void Every_side_named_Government_of_Syria_is_reported_as_its_party_notified_before_the_event()
    {
        var government = Result.Value.Flags.SelectMany(f => f.Sides).Where(s => s.Actor == "Government of Syria").ToList();
        Assert.NotEmpty(government);
        Assert.All(government, s => Assert.Equal(("syrian-government", (RelativeTiming?)RelativeTiming.Before), (Assert.Single(s.Parties).Party, s.Parties[0].Notified)));
    }
}
