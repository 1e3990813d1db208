using Truce.Domain.Errors;
using Truce.Formats.Sites;
using Truce.Storage.Sites;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests.Sites;

/// <summary>Budgets, probing alerts, attack reports and party–actor links, the same on both engines.</summary>
public abstract class SiteRecordTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : SiteRecordTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : SiteRecordTests(new PostgresEngine());

    [Fact]
    public void The_latest_budget_of_each_principal_wins()
    {
        Store.SetBudget("*", 500, "cli:admin");
        Store.SetBudget("user:a", 100, "cli:admin");
        Clock.Now = Clock.Now.AddMinutes(1);
        Store.SetBudget("user:a", 40, "cli:chief");
        Store.SetBudget("global", 60_000, "cli:admin");

        var budgets = Store.Budgets();
        Assert.Equal(["*", "global", "user:a"], budgets.Select(b => b.Principal));
        Assert.Equal([500L, 60_000, 40], budgets.Select(b => b.PerDay));
        Assert.Equal(("cli:chief", Clock.Now), (budgets[2].Author, budgets[2].SetAt));
        Assert.Equal("principal", Assert.Throws<BadFieldException>(() => Store.SetBudget("alice", 5, "cli:admin")).Field);
        Assert.Equal("per-day", Assert.Throws<BadFieldException>(() => Store.SetBudget("user:a", -1, "cli:admin")).Field);
        Assert.Equal(3, Store.Budgets().Count);
    }

    [Fact]
    public void Alerts_come_newest_first_with_every_field_and_filter_by_principal()
    {
        var t = SiteSamples.T0;
        var older = Store.RecordAlert(new ProbeAlert(0, "user:a", "russia", t, "grid-scan", "400 points on a 50 m grid", [], 400, t.AddHours(6)), "server");
        var newer = Store.RecordAlert(new ProbeAlert(0, "user:b", null, t.AddMinutes(5), "boundary-walk", "11 of the last 30 checks within 600 m of one site's checked edge", ["S1", "S2"], 30, null), "server");
        var latest = Store.RecordAlert(new ProbeAlert(0, "user:a", "russia", t.AddMinutes(9), "trilateration", "3 radii around one site", ["S1"], 3, null), "server");

        Assert.True(older.Id > 0 && newer.Id > older.Id && latest.Id > newer.Id);
        var all = Store.Alerts();
        Assert.Equal([latest.Id, newer.Id, older.Id], all.Select(a => a.Id));
        var b = all[1];
        Assert.Equal(("user:b", (string?)null, t.AddMinutes(5), "boundary-walk", 30, (DateTimeOffset?)null), (b.Principal, b.Party, b.At, b.Pattern, b.Checks, b.ThrottledUntil));
        Assert.Equal(["S1", "S2"], b.SiteIds);
        Assert.Equal("11 of the last 30 checks within 600 m of one site's checked edge", b.Detail);
        Assert.Equal(t.AddHours(6), all[2].ThrottledUntil);
        Assert.Equal([latest.Id, older.Id], Store.Alerts("user:a").Select(a => a.Id));
        Assert.Equal("pattern", Assert.Throws<BadFieldException>(() => Store.RecordAlert(older with { Pattern = "" }, "server")).Field);
    }

    [Fact]
    public void Attack_reports_of_the_real_table_are_stored_once_however_often_they_are_added()
    {
        using var file = File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv"));
        using var reader = new ProtectedSiteTableReader(file, "protected_sites.csv");
        var table = reader.Read();
        Assert.Equal(42, table.Attacks.Count);

        Assert.Equal(42, Store.AddAttackReports(table.Attacks, "cli:monitor"));
        var size = Store.AuditSize();
        Assert.Equal(0, Store.AddAttackReports(table.Attacks, "cli:monitor"));
        Assert.Equal(size, Store.AuditSize()); // nothing new, no entry
        Assert.Equal(1, Store.AddAttackReports([table.Attacks[0] with { Source = table.Attacks[0].Source with { Row = "P01b" } }, .. table.Attacks], "cli:monitor"));

        var stored = Store.AttackReports();
        Assert.Equal(43, stored.Count);
        var expected = table.Attacks.Append(table.Attacks[0] with { Source = table.Attacks[0].Source with { Row = "P01b" } })
            .OrderBy(a => a.SiteId, StringComparer.Ordinal).ThenBy(a => a.Source.Row, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored);
        Assert.Contains(stored, a => a.Date is { IsDay: true } && a.Source.Quote is not null);
    }

    [Fact]
    public void A_party_is_linked_to_an_actor_once()
    {
        Assert.True(Store.LinkPartyActor(new PartyActor("syrian-government", "Government of Syria"), "cli:admin"));
        Assert.False(Store.LinkPartyActor(new PartyActor("syrian-government", "Government of Syria"), "cli:admin"));
        Assert.True(Store.LinkPartyActor(new PartyActor("russia", "Government of Russia (Soviet Union)"), "cli:admin"));
        Assert.True(Store.LinkPartyActor(new PartyActor("syrian-government", "Hezbollah"), "cli:admin"));

        Assert.Equal(
            [new PartyActor("russia", "Government of Russia (Soviet Union)"), new PartyActor("syrian-government", "Government of Syria"), new PartyActor("syrian-government", "Hezbollah")],
            Store.PartyActors());
        Assert.Equal("party", Assert.Throws<BadFieldException>(() => Store.LinkPartyActor(new PartyActor("Syria", "x"), "cli:admin")).Field);
        Assert.Equal("actor", Assert.Throws<BadFieldException>(() => Store.LinkPartyActor(new PartyActor("syria", " "), "cli:admin")).Field);
        Assert.Equal(3, Store.AuditSize());
    }
}
