using System.Text;
using Truce.Formats.Sites;
using Truce.Storage.Audit;
using Truce.Storage.Sites;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests.Sites;

/// <summary>What the site store tells the audit log: one entry a write, verifiable against the tables, and never a location in clear.</summary>
public abstract class SiteAuditTests(StoreEngine engine) : AuditTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : SiteAuditTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : SiteAuditTests(new PostgresEngine());

    [Fact]
    public void Every_kind_of_site_write_appends_its_entry_and_the_log_verifies_intact()
    {
        WriteSites(Store);
        var actions = Store.AuditEntries(0, Store.AuditSize()).Select(e => AuditEntry.Parse(e.Entry).Record.Action).ToList();
        Assert.Equal(
            ["site.notify", "site.notify", "site.notify", "site.notify", "site.withdraw", "site.checks", "site.checks", "site.alert",
             "site.budget", "site.budget", "site.attacks", "party.actor"],
            actions);
        var report = Verify();
        Assert.True(report.Intact, string.Join("\n", report.Problems));
        Assert.Equal(12, report.ClaimsMatched);
    }

    [Fact]
    public void No_entry_holds_a_coordinate_name_target_or_category_of_the_sites_and_checks()
    {
        WriteSites(Store);
        using var file = File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv"));
        using var reader = new ProtectedSiteTableReader(file, "protected_sites.csv");
        var table = reader.Read();
        Store.NotifySites([.. table.Sites.Select(s => new SiteNotice(s, []))], "cli:monitor");
        Store.AddAttackReports(table.Attacks, "cli:monitor");

        var secrets = SiteSamples.Secrets.Concat(table.Sites.Where(s => s.Geometry is not null).SelectMany(s => new[]
        {
            s.Geometry!.Coordinate.X.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            s.Geometry!.Coordinate.Y.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        })).Concat(table.Sites.Select(s => s.Name!)).Concat(SiteNames.Categories.Where(c => c != "other")).ToList();
        var entries = Store.AuditEntries(0, Store.AuditSize()).Select(e => Encoding.UTF8.GetString(e.Entry)).ToList();
        Assert.True(entries.Count > 40);
        foreach (var entry in entries)
        {
            foreach (var secret in secrets)
            {
                Assert.False(entry.Contains(secret, StringComparison.OrdinalIgnoreCase), $"'{secret}' is in the entry {entry}");
            }
        }

        Assert.Contains(entries, e => e.Contains("\"subject\":\"site:protected_sites.csv#P01\"", StringComparison.Ordinal));
    }

    /// <summary>Four sites (one changed, one withdrawn), two check groups, an alert, two budgets, the attack table, a link.</summary>
    internal static void WriteSites(Contract.ITruceStore store)
    {
        store.NotifySites([new SiteNotice(SiteSamples.Hospital(), ["russia"]), new SiteNotice(SiteSamples.School(), []), new SiteNotice(SiteSamples.Unlocated(), [])], "cli:monitor");
        store.NotifySite(new SiteNotice(SiteSamples.Hospital() with { RadiusMetres = 150 }, [], Reason: "radius corrected"), "user:msf");
        store.WithdrawSite("S2", "school term over", "cli:monitor");
        var t = SiteSamples.T0;
        store.RecordChecks([SiteSamples.Single("user:a", t), SiteSamples.Batch(300, t.AddSeconds(1))], "server");
        store.RecordChecks([SiteSamples.Mixed(t.AddSeconds(2))], "server");
        store.RecordAlert(new ProbeAlert(0, "user:a", "russia", t, "site-probing", "12 checks within 300 m of al-Quds", ["S1"], 12, t.AddHours(1)), "server");
        store.SetBudget("*", 1_000, "cli:admin");
        store.SetBudget("*", 2_000, "cli:admin");
        using (var file = File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")))
        using (var reader = new ProtectedSiteTableReader(file, "protected_sites.csv"))
        {
            store.AddAttackReports(reader.Read().Attacks, "cli:monitor");
        }

        store.LinkPartyActor(new PartyActor("russia", "Government of Russia (Soviet Union)"), "cli:admin");
    }
}
