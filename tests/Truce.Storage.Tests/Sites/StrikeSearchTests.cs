using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;
using Truce.Storage.Sites;
using static Truce.Storage.Tests.Sites.StrikeCases;

namespace Truce.Storage.Tests.Sites;

public sealed class StrikeSearchTests
{
    [Fact]
    public void Searching_from_the_sites_flags_exactly_the_event_and_site_pairs_within_reach_plus_uncertainty()
    {
        var random = new Random(5);
        var sites = new List<StoredSite>();
        for (var i = 0; i < 120; i++)
        {
            var (lat, lon) = (Lat + (random.NextDouble() * 0.4) - 0.2, Lon + (random.NextDouble() * 0.4) - 0.2);
            var geometry = i % 8 == 0
                ? Wgs84.Factory.CreatePolygon([new(lon, lat), new(lon + 0.004, lat), new(lon + 0.004, lat + 0.003), new(lon, lat + 0.003), new(lon, lat)])
                : (NetTopologySuite.Geometries.Geometry)Wgs84.Point(lon, lat);
            sites.Add(Notice(Site($"s{i:000}", 200 + (random.NextDouble() * 800), geometry, uncertainty: i % 5 == 0 ? 300 : 0), Feb27));
        }

        var events = new List<EventRevision>();
        for (var i = 0; i < 3_000; i++)
        {
            // Exact and 25 km events; a third placed within 1.5 km of a site, the rest anywhere within 40 km.
            var near = sites[random.Next(sites.Count)].Site.Geometry!.Centroid;
            var (lat, lon) = i % 3 == 0
                ? (near.Y + ((random.NextDouble() - 0.5) * 0.027), near.X + ((random.NextDouble() - 0.5) * 0.033))
                : (Lat + ((random.NextDouble() - 0.5) * 0.7), Lon + ((random.NextDouble() - 0.5) * 0.9));
            events.Add(At($"e{i}", lat, lon, precision: i % 50 == 0 ? 2 : 1));
        }

        var flagged = NotifiedSiteStrikes.Compute(sites, [], Links, events).Flags.Select(f => (f.EventKey, f.SiteId)).ToHashSet();

        // Every pair measured, as the flags are defined: geodesic distance to the shape within reach + the event's uncertainty.
        var expected = new HashSet<(string, string)>();
        foreach (var e in events)
        {
            var uncertainty = e.Event.GeoPrecision == 2 ? 25_000 : 0;
            foreach (var s in sites)
            {
                if (new ShapeDistance(s.Site.Geometry!).Metres(e.Event.Latitude!.Value, e.Event.Longitude!.Value) <= s.Site.ReachMetres + uncertainty)
                {
                    expected.Add((Adjudication.AdjudicationService.Key(e.Event), s.Site.Id));
                }
            }
        }

        Assert.InRange(expected.Count, 2_000, 20_000);
        Assert.Equal(expected.Order(), flagged.Order());
    }

    [Fact]
    public void An_event_whose_coordinates_are_not_WGS_84_is_listed_as_not_assessed()
    {
        var strikes = Compute([Notice(Site("a", 500), Feb27)], At("far", 95, Lon), Event("near", 100));
        Assert.Equal(["near"], strikes.Flags.Select(f => f.Event.SourceId));
        var skipped = Assert.Single(strikes.NotAssessed);
        Assert.Contains("not a WGS 84 coordinate", skipped.Reason, StringComparison.Ordinal);
    }
}
