using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class ProtectedSiteIndexTests
{
    private const double Lat = 36.17505;
    private const double Lon = 37.14242;

    [Theory]
    [InlineData(0)]
    [InlineData(45)]
    [InlineData(90)]
    [InlineData(200)]
    public void A_point_a_centimetre_inside_the_radius_conflicts_and_one_a_centimetre_outside_is_clear(double bearing)
    {
        var (lat, lon) = Offset(Lat, Lon, 500, bearing);
        var d = EllipsoidDistance.Metres(Lat, Lon, lat, lon);
        Assert.False(Index(Point("a", Lat, Lon, d + 0.01)).Check(At(lat, lon)).IsClear);
        Assert.True(Index(Point("a", Lat, Lon, d - 0.01)).Check(At(lat, lon)).IsClear);
    }

    [Fact]
    public void The_strike_radius_adds_to_the_site_radius()
    {
        var (lat, lon) = Offset(Lat, Lon, 800, 30);
        var d = EllipsoidDistance.Metres(Lat, Lon, lat, lon);
        var index = Index(Point("a", Lat, Lon, 300));
        Assert.False(index.Check(At(lat, lon, d - 300 + 0.01)).IsClear);
        Assert.True(index.Check(At(lat, lon, d - 300 - 0.01)).IsClear);
        Assert.False(index.Check(At(lat, lon, 5_000)).IsClear); // past the grid's strike radius: the R-tree path
        Assert.True(index.Check(At(lat, lon, 499)).IsClear);
    }

    [Fact]
    public void A_conflict_names_the_category_and_contact_and_nothing_else()
    {
        var answer = Index(Point("a", Lat, Lon, 500)).Check(At(Lat, Lon));
        var conflict = Assert.IsType<ConflictAnswer>(answer);
        var notice = Assert.Single(conflict.Notices);
        Assert.Equal(SiteCategory.Hospital, notice.Category);
        Assert.Equal("MSF Aleppo desk", notice.Contact.Value);
        Assert.Equal("conflict: Hospital (MSF Aleppo desk)", conflict.ToString());
    }

    [Fact]
    public void Conflicts_with_several_sites_list_each_category_and_contact_once()
    {
        var index = Index(
            Point("a", Lat, Lon, 500),
            Point("b", Lat + 0.001, Lon, 500),
            Point("c", Lat, Lon + 0.001, 500, SiteCategory.Bakery, "WFP"),
            Point("d", Lat + 0.5, Lon, 500, SiteCategory.School));
        var conflict = Assert.IsType<ConflictAnswer>(index.Check(At(Lat, Lon)));
        Assert.Equal([SiteCategory.Hospital, SiteCategory.Bakery], conflict.Notices.Select(n => n.Category));
        Assert.Equal(conflict, index.Check(At(Lat, Lon, 2_000)));
    }

    [Fact]
    public void A_point_inside_a_polygon_site_conflicts_and_the_radius_is_measured_from_its_edge()
    {
        var box = Box(37.140, 36.170, 37.145, 36.174);
        var index = Index(Polygon("s", box, 100));
        Assert.False(index.Check(At(36.172, 37.1425)).IsClear);

        // Due east of the east edge: the nearest point of the polygon is on that edge at the same latitude.
        var (lat, lon) = Offset(36.172, 37.145, 250, 90);
        var d = EllipsoidDistance.Metres(lat, lon, 36.172, 37.145);
        Assert.False(index.Check(At(lat, lon, d - 100 + 0.05)).IsClear);
        Assert.True(index.Check(At(lat, lon, d - 100 - 0.05)).IsClear);
    }

    [Fact]
    public void A_polygon_target_conflicts_when_it_comes_within_reach_of_a_site()
    {
        var index = Index(Point("a", Lat, Lon, 200));
        var around = Box(Lon - 0.01, Lat - 0.01, Lon + 0.01, Lat + 0.01);
        Assert.False(index.Check(new StrikeRequest(around, 0, Day, Day)).IsClear);

        // A box whose west edge is 1,000 m east of the site.
        var (_, west) = Offset(Lat, Lon, 1_000, 90);
        var away = Box(west, Lat - 0.01, west + 0.01, Lat + 0.01);
        var d = EllipsoidDistance.Metres(Lat, Lon, Lat, west);
        Assert.True(index.Check(new StrikeRequest(away, d - 200 - 0.5, Day, Day)).IsClear);
        Assert.False(index.Check(new StrikeRequest(away, d - 200 + 0.5, Day, Day)).IsClear);
    }

    [Fact]
    public void A_site_conflicts_only_when_its_validity_overlaps_the_strike_window()
    {
        var from = new DateTimeOffset(2016, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2016, 4, 30, 23, 59, 59, TimeSpan.Zero);
        var index = Index(Point("a", Lat, Lon, 500, from: from, to: to));
        Assert.True(index.Check(At(Lat, Lon, 0, to.AddSeconds(1), to.AddDays(1))).IsClear);
        Assert.True(index.Check(At(Lat, Lon, 0, from.AddDays(-2), from.AddSeconds(-1))).IsClear);
        Assert.False(index.Check(At(Lat, Lon, 0, to, to.AddDays(1))).IsClear);
        Assert.False(index.Check(At(Lat, Lon, 0, from.AddDays(-1), to.AddDays(1))).IsClear);
        Assert.False(index.Check(At(Lat, Lon, 5_000, from.AddDays(-1), from)).IsClear);
    }

    [Fact]
    public void Sites_without_coordinates_are_listed_as_unlocated_and_never_conflict()
    {
        var index = new ProtectedSiteIndex(
            [Point("a", Lat, Lon, 500), new ProtectedSite { Id = "m10", Category = SiteCategory.Hospital, RadiusMetres = 500, Contact = new ContactChannel("SAMS") }],
            NoBuffer);
        Assert.Equal(1, index.Count);
        Assert.Equal(["m10"], index.Unlocated);
    }

    [Fact]
    public void Two_sites_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Index(Point("a", Lat, Lon, 500), Point("a", Lat, Lon, 100)));
    }

    [Fact]
    public void A_batch_answers_exactly_as_single_checks_and_as_a_brute_force_geodesic_scan()
    {
        var random = new Random(11);
        var sites = Enumerable.Range(0, 400).Select(i => Point($"s{i}", 36 + (random.NextDouble() * 0.4), 36.8 + (random.NextDouble() * 0.6),
            random.NextDouble() * 800, (SiteCategory)(i % 5), $"desk {i % 3}",
            i % 7 == 0 ? Day.AddDays(1) : null, i % 11 == 0 ? Day.AddDays(-1) : null)).ToArray();
        var index = Index(sites);
        var requests = Enumerable.Range(0, 20_000).Select(i => At(36 + (random.NextDouble() * 0.4), 36.8 + (random.NextDouble() * 0.6),
            i % 10 == 0 ? random.NextDouble() * 3_000 : random.NextDouble() * 300)).ToArray();

        var batch = index.Check(requests);
        var conflicts = 0;
        for (var i = 0; i < requests.Length; i++)
        {
            Assert.Equal(index.Check(requests[i]), batch[i]);
            var p = (NetTopologySuite.Geometries.Point)requests[i].Target;
            var expected = sites.Where(s => s.ValidDuring(requests[i].From, requests[i].To)
                    && EllipsoidDistance.Metres(p.Y, p.X, s.Geometry!.Coordinate.Y, s.Geometry.Coordinate.X) <= s.RadiusMetres + requests[i].RadiusMetres)
                .Select(s => new ConflictNotice(s.Category, s.Contact)).ToArray();
            Assert.Equal(expected.Length == 0 ? CheckAnswer.Clear : CheckAnswer.Conflict(expected), batch[i]);
            conflicts += expected.Length == 0 ? 0 : 1;
        }

        Assert.InRange(conflicts, 1_000, 19_000); // both answers are exercised
    }

    [Fact]
    public void Point_strikes_on_the_fine_grid_answer_as_a_brute_force_geodesic_scan_with_sites_in_pairs_and_repeated_notices()
    {
        // Sites in pairs about a few hundred community points, with few (category, contact) pairs, as the bench's W6; radii
        // on both sides of the fine grid's 100 m, points jittered about the communities so that most lie near a site.
        var random = new Random(23);
        var communities = Enumerable.Range(0, 150).Select(_ => (Lat: 36 + (random.NextDouble() * 0.3), Lon: 36.8 + (random.NextDouble() * 0.4))).ToArray();
        var sites = Enumerable.Range(0, 300).Select(i => Point($"s{i}", communities[i / 2].Lat + ((random.NextDouble() - 0.5) * 0.01),
            communities[i / 2].Lon + ((random.NextDouble() - 0.5) * 0.01), 100 + (random.NextDouble() * 500), (SiteCategory)(i % 2), $"desk {i % 4 / 3}")).ToArray();
        var index = Index(sites);
        double[] radii = [0, 0, 25, 100, 100.5, 400];
        var conflicts = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var c = communities[random.Next(communities.Length)];
            var (lat, lon, radius) = (c.Lat + ((random.NextDouble() - 0.5) * 0.03), c.Lon + ((random.NextDouble() - 0.5) * 0.03), radii[i % radii.Length]);
            var expected = sites.Where(s => EllipsoidDistance.Metres(lat, lon, s.Geometry!.Coordinate.Y, s.Geometry.Coordinate.X) <= s.RadiusMetres + radius)
                .Select(s => new ConflictNotice(s.Category, s.Contact)).ToArray();
            Assert.Equal(expected.Length == 0 ? CheckAnswer.Clear : CheckAnswer.Conflict(expected), index.Check(lat, lon, radius, Day, Day.AddHours(1)));
            conflicts += expected.Length == 0 ? 0 : 1;
        }

        Assert.InRange(conflicts, 3_000, 27_000);
    }

    [Fact]
    public void The_buffer_protects_at_least_its_minimum_margin_beyond_the_radius_and_at_most_twice_the_shift_plus_the_margin()
    {
        var buffer = new ProtectionBuffer(Key, 250, 500, 50, 250);
        for (var s = 0; s < 50; s++)
        {
            var index = new ProtectedSiteIndex([Point($"site-{s}", Lat, Lon, 500)], buffer);
            for (var bearing = 0; bearing < 360; bearing += 15)
            {
                var (inLat, inLon) = Offset(Lat, Lon, 549, bearing);
                Assert.False(index.Check(At(inLat, inLon)).IsClear);
                var (outLat, outLon) = Offset(Lat, Lon, 1_751, bearing); // reach ≤ 500 + 500 + 250, shift ≤ 500
                Assert.True(index.Check(At(outLat, outLon)).IsClear);
            }
        }
    }

    [Fact]
    public void The_checked_centre_is_at_least_the_declared_buffer_from_the_site_and_the_real_area_stays_inside_the_checked_one()
    {
        var buffer = new ProtectionBuffer(Key, 250, 500, 50, 250);
        for (var s = 0; s < 200; s++)
        {
            var site = Point($"site-{s}", Lat, Lon, 300);
            var zone = new ProtectionZone(site, buffer.For(site.Id));
            var shift = EllipsoidDistance.Metres(Lat, Lon, zone.Frame.Latitude, zone.Frame.Longitude);
            Assert.InRange(shift, 249.9, 500.1);
            Assert.True(zone.ReachMetres - shift >= 300 + 50 - 0.1, $"site-{s}: reach {zone.ReachMetres:F1} m, shift {shift:F1} m");
        }
    }

    [Fact]
    public void Sites_at_one_location_share_one_draw_so_their_checked_discs_cannot_be_averaged()
    {
        var index = new ProtectedSiteIndex(
            [Point("z-hospital", Lat, Lon, 300), Point("a-school", Lat, Lon, 300, SiteCategory.School), Point("m-bakery", Lat, Lon, 300, SiteCategory.Bakery)],
            new ProtectionBuffer(Key));
        var (conflicts, partial) = (0, 0);
        for (var metres = 300.0; metres < 1_600; metres += 5)
        {
            for (var bearing = 0; bearing < 360; bearing += 10)
            {
                var (lat, lon) = Offset(Lat, Lon, metres, bearing);
                if (index.Check(At(lat, lon)) is ConflictAnswer conflict)
                {
                    conflicts++;
                    partial += conflict.Notices.Count == 3 ? 0 : 1;
                }
            }
        }

        Assert.InRange(conflicts, 1_000, 9_000);
        Assert.Equal(0, partial);

        // Apart, the same ids draw differently: some points see one site and not another.
        var apart = new ProtectedSiteIndex([Point("z-hospital", Lat, Lon, 300), Point("a-school", Lat, Lon + 1e-9, 300, SiteCategory.School)], new ProtectionBuffer(Key));
        var differ = 0;
        for (var bearing = 0; bearing < 360; bearing += 10)
        {
            for (var metres = 300.0; metres < 1_600; metres += 5)
            {
                var (lat, lon) = Offset(Lat, Lon, metres, bearing);
                differ += apart.Check(At(lat, lon)) is ConflictAnswer { Notices.Count: 1 } ? 1 : 0;
            }
        }

        Assert.True(differ > 0);
    }

    [Fact]
    public void The_buffer_is_the_same_on_every_query_and_every_rebuild_with_the_same_key()
    {
        var site = Point("al-quds", Lat, Lon, 500);
        var first = new ProtectedSiteIndex([site], new ProtectionBuffer(Key));
        var again = new ProtectedSiteIndex([site], new ProtectionBuffer(Key));
        var other = new ProtectedSiteIndex([site], new ProtectionBuffer([.. Key.Reverse()]));
        var differs = 0;
        for (var metres = 500.0; metres < 1_800; metres += 5)
        {
            for (var bearing = 0; bearing < 360; bearing += 30)
            {
                var (lat, lon) = Offset(Lat, Lon, metres, bearing);
                var answer = first.Check(At(lat, lon));
                for (var repeat = 0; repeat < 3; repeat++)
                {
                    Assert.Equal(answer, first.Check(At(lat, lon)));
                }

                Assert.Equal(answer, again.Check(At(lat, lon)));
                differs += answer.Equals(other.Check(At(lat, lon))) ? 0 : 1;
            }
        }

        Assert.True(differs > 0, "another key should draw another buffer");
    }

    [Fact]
    public void A_point_far_outside_every_site_is_clear_and_bad_coordinates_are_refused()
    {
        var index = Index(Point("a", Lat, Lon, 500));
        Assert.True(index.Check(At(10, 10)).IsClear);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Check(91, 0, 0, Day, Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Check(Lat, Lon, -1, Day, Day));
        Assert.Same(CheckAnswer.Clear, index.Check(Lat + 1, Lon, 0, Day, Day));
    }
}
