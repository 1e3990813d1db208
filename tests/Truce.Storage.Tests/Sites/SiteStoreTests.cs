using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;
using Truce.Storage.Sites;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests.Sites;

/// <summary>Site notices, revisions, withdrawals and reads as of a time, the same on both engines.</summary>
public abstract class SiteStoreTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : SiteStoreTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : SiteStoreTests(new PostgresEngine());

    private const string Monitor = "cli:monitor";

    [Fact]
    public void Every_field_of_a_site_and_its_recipients_round_trip()
    {
        var notified = new DateTimeOffset(2016, 2, 27, 0, 0, 0, TimeSpan.Zero);
        Store.NotifySites(
        [
            new SiteNotice(SiteSamples.Hospital(), ["syrian-government", "russia", "russia"], notified),
            new SiteNotice(SiteSamples.School(), []),
            new SiteNotice(SiteSamples.Unlocated(), ["russia"]),
        ], Monitor);
        Reopen();

        var sites = Store.Sites().ToDictionary(s => s.Site.Id, StringComparer.Ordinal);
        Assert.Equal(["M10", "S1", "S2"], sites.Keys.Order(StringComparer.Ordinal));
        foreach (var expected in new[] { SiteSamples.Hospital(), SiteSamples.School(), SiteSamples.Unlocated() })
        {
            Same(expected, sites[expected.Id].Site);
        }

        var hospital = sites["S1"];
        Assert.Equal(["russia", "syrian-government"], hospital.Recipients);
        Assert.True(hospital.NotifiedTo("russia"));
        Assert.False(hospital.NotifiedTo("syrian-opposition"));
        Assert.Equal(notified, hospital.NotifiedAt);
        Assert.Equal(Clock.Now, hospital.RecordedAt);
        Assert.Equal(Monitor, hospital.Author);
        Assert.Equal(1, hospital.Revision);
        Assert.False(hospital.Withdrawn);
        Assert.Empty(sites["S2"].Recipients);
        Assert.True(sites["S2"].NotifiedTo("anyone"));
        Assert.Equal(Clock.Now, sites["S2"].NotifiedAt); // no notice time: when recorded
    }

    [Fact]
    public void A_change_is_a_new_revision_and_Sites_as_of_a_recorded_time_shows_what_stood_then()
    {
        Store.NotifySite(new SiteNotice(SiteSamples.Hospital(), []), Monitor);
        var first = Clock.Now;
        Clock.Now = first.AddDays(1);
        var moved = SiteSamples.Hospital() with { Geometry = Domain.Spatial.Wgs84.Point(37.15, 36.18), RadiusMetres = 250 };
        var second = Store.NotifySite(new SiteNotice(moved, ["russia"], Reason: "moved to the basement of the next building"), "user:msf");
        Clock.Now = first.AddDays(2);
        Store.NotifySite(new SiteNotice(SiteSamples.School(), []), Monitor);

        Assert.Equal(2, second.Revision);
        var history = Store.SiteHistory("S1");
        Assert.Equal([1, 2], history.Select(h => h.Revision));
        Assert.Equal(37.14242, ((Point)history[0].Site.Geometry!).X); // the first revision is not overwritten
        Assert.Equal(37.15, ((Point)history[1].Site.Geometry!).X);
        Assert.Equal("moved to the basement of the next building", history[1].Reason);
        Assert.Equal("user:msf", history[1].Author);

        Assert.Empty(Store.Sites(first.AddMilliseconds(-1)));
        var atFirst = Assert.Single(Store.Sites(first.AddHours(12)));
        Assert.Equal((1, 100.0), (atFirst.Revision, atFirst.Site.RadiusMetres));
        var atSecond = Assert.Single(Store.Sites(first.AddDays(1)));
        Assert.Equal((2, 250.0), (atSecond.Revision, atSecond.Site.RadiusMetres));
        Assert.Equal(["S1", "S2"], Store.Sites().Select(s => s.Site.Id));
        Assert.Empty(Store.SiteHistory("nope"));
    }

    [Fact]
    public void Withdrawing_a_site_adds_a_revision_marked_withdrawn_and_a_second_withdrawal_or_an_unknown_site_gives_null()
    {
        Store.NotifySite(new SiteNotice(SiteSamples.Hospital(), ["russia"]), Monitor);
        Clock.Now = Clock.Now.AddHours(5);
        var withdrawn = Store.WithdrawSite("S1", "the hospital closed", "user:msf");

        Assert.NotNull(withdrawn);
        Assert.True(withdrawn.Withdrawn);
        Assert.Equal((2, Clock.Now, "the hospital closed"), (withdrawn.Revision, withdrawn.NotifiedAt, withdrawn.Reason));
        Same(SiteSamples.Hospital(), withdrawn.Site);
        Assert.Equal(["russia"], withdrawn.Recipients);
        Assert.True(Assert.Single(Store.Sites()).Withdrawn); // still listed, marked
        Assert.False(Assert.Single(Store.Sites(Clock.Now.AddHours(-1))).Withdrawn);
        Assert.Null(Store.WithdrawSite("S1", "again", Monitor));
        Assert.Null(Store.WithdrawSite("S9", "never notified", Monitor));
        Assert.Equal(2, Store.SiteHistory("S1").Count);
        Assert.Throws<BadFieldException>(() => Store.WithdrawSite("S1", " ", Monitor));
    }

    [Fact]
    public void One_bad_notice_among_many_stores_nothing()
    {
        Store.NotifySite(new SiteNotice(SiteSamples.Hospital(), []), Monitor);
        var size = Store.AuditSize();
        var version = Store.SitesVersion();

        var badName = Assert.Throws<BadFieldException>(() => Store.NotifySites(
            [new SiteNotice(SiteSamples.School(), []), new SiteNotice(SiteSamples.Unlocated(), ["Russia!"])], Monitor));
        Assert.Equal("recipients", badName.Field);

        // Found only inside the transaction: the third notice changes a known site without saying why.
        var noReason = Assert.Throws<BadFieldException>(() => Store.NotifySites(
            [new SiteNotice(SiteSamples.School(), []), new SiteNotice(SiteSamples.Unlocated(), []), new SiteNotice(SiteSamples.Hospital(), [])], Monitor));
        Assert.Equal("reason", noReason.Field);

        var reversed = SiteSamples.School() with { ValidTo = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        Assert.Equal("to", Assert.Throws<BadFieldException>(() => Store.NotifySite(new SiteNotice(reversed, []), Monitor)).Field);
        var unplaced = SiteSamples.Unlocated() with { Precision = LocationPrecision.Exact };
        Assert.Equal("geometry", Assert.Throws<BadFieldException>(() => Store.NotifySite(new SiteNotice(unplaced, []), Monitor)).Field);
        Assert.Equal("author", Assert.Throws<BadFieldException>(() => Store.NotifySite(new SiteNotice(SiteSamples.School(), []), "")).Field);

        Assert.Equal(["S1"], Store.Sites().Select(s => s.Site.Id));
        Assert.Equal(size, Store.AuditSize());
        Assert.Equal(version, Store.SitesVersion());
    }

    [Fact]
    public void SitesVersion_changes_with_every_notice_change_and_withdrawal_and_not_with_reads()
    {
        var versions = new List<long> { Store.SitesVersion() };
        Store.NotifySite(new SiteNotice(SiteSamples.Hospital(), []), Monitor);
        versions.Add(Store.SitesVersion());
        Store.NotifySite(new SiteNotice(SiteSamples.Hospital(), [], Reason: "radius corrected"), Monitor);
        versions.Add(Store.SitesVersion());
        _ = Store.Sites();
        Assert.Equal(versions[^1], Store.SitesVersion());
        Store.WithdrawSite("S1", "closed", Monitor);
        versions.Add(Store.SitesVersion());
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    /// <summary>Every field equal, geometry coordinate for coordinate (bit for bit).</summary>
    internal static void Same(ProtectedSite expected, ProtectedSite actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Category, actual.Category);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.RadiusMetres, actual.RadiusMetres);
        Assert.Equal(expected.ValidFrom, actual.ValidFrom);
        Assert.Equal(expected.ValidTo, actual.ValidTo);
        Assert.Equal(expected.Precision, actual.Precision);
        Assert.Equal(expected.Contact, actual.Contact);
        Assert.Equal(expected.Sources, actual.Sources);
        SameGeometry(expected.Geometry, actual.Geometry);
    }

    internal static void SameGeometry(Geometry? expected, Geometry? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.Equal(4326, actual.SRID);
        Assert.True(expected.EqualsExact(actual), $"{expected} != {actual}");
        Assert.Equal(expected.Coordinates.Select(c => (c.X, c.Y)), actual.Coordinates.Select(c => (c.X, c.Y)));
        if (expected is Polygon p)
        {
            Assert.Equal(p.NumInteriorRings, ((Polygon)actual).NumInteriorRings);
        }
    }
}
