using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Geodesy;
using Truce.Storage.Sites;
using static Truce.Storage.Tests.Sites.StrikeCases;

namespace Truce.Storage.Tests.Sites;

public sealed class NotifiedSiteStrikesTests
{
    [Fact]
    public void An_event_inside_the_radius_after_notification_is_flagged_within_with_its_geodesic_distance()
    {
        var e = Event("1", 80);
        var flag = Assert.Single(Compute([Notice(Site("P01", 100), Feb27)], e).Flags);
        Assert.Equal(("ucdp-ged:1", "P01", 1), (flag.EventKey, flag.SiteId, flag.SiteRevision));
        Assert.Equal(StrikeCertainty.Within, flag.Certainty);
        Assert.Equal(DistanceBand.InsideRadius, flag.Band);
        Assert.Equal(RelativeTiming.Before, flag.Timing);
        Assert.Equal(EllipsoidDistance.Metres(Lat, Lon, e.Event.Latitude!.Value, Lon), flag.DistanceMetres, 6);
        Assert.InRange(flag.DistanceMetres, 79, 81);
    }

    [Fact]
    public void An_event_beyond_the_reach_is_not_flagged()
    {
        Assert.Empty(Compute([Notice(Site("P01", 100), Feb27)], Event("1", 140)).Flags);
    }

    [Fact]
    public void The_boundary_is_inclusive_to_the_centimetre_in_geodesic_metres()
    {
        var e = Event("1", 500);
        var d = EllipsoidDistance.Metres(Lat, Lon, e.Event.Latitude!.Value, e.Event.Longitude!.Value);
        Assert.Single(Compute([Notice(Site("P01", d), Feb27)], e).Flags);
        Assert.Empty(Compute([Notice(Site("P01", d - 0.01), Feb27)], e).Flags);
    }

    [Fact]
    public void A_polygon_site_flags_events_inside_it_at_distance_zero_and_measures_outside_ones_to_its_nearest_edge()
    {
        // A box about 440 m by 360 m whose north edge is at Lat + 0.002.
        var box = Wgs84.Factory.CreatePolygon(
        [
            new(Lon - 0.002, Lat - 0.002), new(Lon + 0.002, Lat - 0.002), new(Lon + 0.002, Lat + 0.002), new(Lon - 0.002, Lat + 0.002), new(Lon - 0.002, Lat - 0.002),
        ]);
        var inside = Event("in", 150);
        var north = At("north", Lat + 0.002 + (300.0 / 110_950), Lon);
        var edge = EllipsoidDistance.Metres(Lat + 0.002, Lon, north.Event.Latitude!.Value, Lon);
        var flags = Compute([Notice(Site("S1", 250, box), Feb27)], inside, north).Flags;
        var only = Assert.Single(flags);
        Assert.Equal(("ucdp-ged:in", 0.0), (only.EventKey, only.DistanceMetres));
        var wider = Assert.Single(Compute([Notice(Site("S1", 350, box), Feb27)], north).Flags);
        Assert.Equal(edge, wider.DistanceMetres, 0.1);
    }

    [Fact]
    public void An_approximate_site_protects_its_radius_plus_its_location_uncertainty()
    {
        var sites = new[] { Notice(Site("P01", 100, uncertainty: 1_500), Feb27) };
        var flag = Assert.Single(Compute(sites, Event("near", 1_400), Event("far", 1_700)).Flags);
        Assert.Equal(("ucdp-ged:near", DistanceBand.InsideReach, 1_600.0), (flag.EventKey, flag.Band, flag.ReachMetres));
    }

    [Fact]
    public void A_notification_after_the_event_does_not_flag_it_one_within_its_days_flags_it_as_during()
    {
        var at = new DateTimeOffset(2016, 4, 28, 10, 0, 0, TimeSpan.Zero);
        var flags = Compute([Notice(Site("P01", 100), at)],
            Event("27", 0, new(2016, 4, 27)), Event("28", 0, new(2016, 4, 28)), Event("29", 0, new(2016, 4, 29)), Event("27-29", 0, new(2016, 4, 27), new(2016, 4, 29))).Flags;
        Assert.Equal(
            [("ucdp-ged:27-29", RelativeTiming.During), ("ucdp-ged:28", RelativeTiming.During), ("ucdp-ged:29", RelativeTiming.Before)],
            flags.Select(f => (f.EventKey, f.Timing)));
    }

    [Fact]
    public void A_notification_at_midnight_UTC_of_the_event_day_is_before_the_event()
    {
        var flag = Assert.Single(Compute([Notice(Site("P01", 100), new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.Zero))], Event("1", 0)).Flags);
        Assert.Equal(RelativeTiming.Before, flag.Timing);
    }

    [Fact]
    public void A_withdrawn_site_flags_nothing_after_its_withdrawal_but_an_event_spanning_it_still_counts()
    {
        var site = Site("P01", 100);
        var sites = new[] { Notice(site, Feb27), Notice(site, new DateTimeOffset(2016, 4, 1, 12, 0, 0, TimeSpan.Zero), 2, withdrawn: true) };
        var flags = Compute(sites, Event("mar", 0, new(2016, 3, 5)), Event("apr", 0, new(2016, 4, 5)), Event("span", 0, new(2016, 3, 30), new(2016, 4, 2))).Flags;
        Assert.Equal(["ucdp-ged:mar", "ucdp-ged:span"], flags.Select(f => f.EventKey));
        Assert.All(flags, f => Assert.Equal(1, f.SiteRevision));
    }

    [Fact]
    public void A_moved_site_is_judged_by_the_revision_in_force_on_the_event_day()
    {
        var moved = Site("P01", 100, Wgs84.Point(Lon + 0.05, Lat));
        var sites = new[] { Notice(Site("P01", 100), Feb27), Notice(moved, new DateTimeOffset(2016, 4, 1, 0, 0, 0, TimeSpan.Zero), 2) };
        var flag = Assert.Single(Compute(sites, Event("mar", 0, new(2016, 3, 5)), Event("apr", 0, new(2016, 4, 5))).Flags);
        Assert.Equal(("ucdp-ged:mar", 1), (flag.EventKey, flag.SiteRevision));
    }

    [Fact]
    public void A_site_outside_its_validity_window_flags_nothing()
    {
        var site = Site("P01", 100) with { ValidTo = new DateTimeOffset(2016, 4, 1, 0, 0, 0, TimeSpan.Zero) };
        Assert.Empty(Compute([Notice(site, Feb27)], Event("1", 0)).Flags);
    }

    [Fact]
    public void A_25_km_event_is_possibly_within_and_an_exact_one_at_the_same_point_is_not_flagged()
    {
        var flags = Compute([Notice(Site("P01", 100), Feb27)], Event("exact", 3_000), Event("near", 3_000, precision: 2)).Flags;
        var flag = Assert.Single(flags);
        Assert.Equal(("ucdp-ged:near", StrikeCertainty.PossiblyWithin, DistanceBand.EventUncertainty, 25_000.0),
            (flag.EventKey, flag.Certainty, flag.Band, flag.EventUncertaintyMetres));
    }

    [Fact]
    public void Admin1_and_country_level_events_are_never_flagged_and_are_listed_as_not_assessed()
    {
        var result = Compute([Notice(Site("P01", 100), Feb27)],
            Event("adm1", 0, precision: 4), Event("country", 0, precision: 6), Event("acled-region", 0, precision: 3, dataset: EventDataset.Acled),
            Event("district", 0, precision: 3));
        Assert.Equal(["ucdp-ged:district"], result.Flags.Select(f => f.EventKey));
        Assert.Equal(
            [("ucdp-ged:adm1", "coarse location: UCDP where_prec 4"), ("ucdp-ged:country", "coarse location: UCDP where_prec 6"), ("acled:acled-region", "coarse location: ACLED geo_precision 3")],
            result.NotAssessed.Select(n => (n.EventKey, n.Reason)));
    }

    [Fact]
    public void A_site_without_coordinates_is_listed_as_unlocated_and_flags_nothing()
    {
        var result = Compute([Notice(Site("M10", 100) with { Geometry = null }, Feb27)], Event("1", 0));
        Assert.Empty(result.Flags);
        Assert.Equal(["M10"], result.UnlocatedSites);
    }
}
