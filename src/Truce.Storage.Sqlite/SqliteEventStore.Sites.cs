using Microsoft.Data.Sqlite;
using Truce.Domain.Deconfliction;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Sites;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string SiteColumns =
        "site_id, revision, owner, category, name, wkb, radius, valid_from, valid_to, precision_kind, precision_m, precision_basis, " +
        "contact, sources, recipients, notified_at, recorded_at, author, withdrawn, reason";

    public StoredSite NotifySite(SiteNotice notice, string author) => NotifySites([notice], author)[0];

    public IReadOnlyList<StoredSite> NotifySites(IReadOnlyList<SiteNotice> notices, string author)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var who = Authors.Check(author);
        var checkedNotices = notices.Select(SiteInput.Checked).ToList();
        if (checkedNotices.Count == 0)
        {
            return [];
        }

        return InTransaction(() =>
        {
            var now = Now();
            var at = DateTimeOffset.FromUnixTimeMilliseconds(now);
            var stored = new List<StoredSite>(checkedNotices.Count);
            foreach (var n in checkedNotices)
            {
                var latest = LatestSite(n.Site.Id);
                var site = new StoredSite(n.Site, (latest?.Revision ?? 0) + 1, n.Recipients, n.NotifiedAt ?? at, at, who, false,
                    latest is null ? n.Reason : SiteInput.ReasonFor(n));
                InsertSite(site);
                AppendAuditAs(who, now, AuditRecords.SiteRevision(site));
                stored.Add(site);
            }

            return stored;
        });
    }

    public StoredSite? WithdrawSite(string siteId, string reason, string author)
    {
        SiteInput.Text(siteId, "id", 200);
        SiteInput.Text(reason, "reason", SiteInput.MaxText);
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            if (LatestSite(siteId) is not { Withdrawn: false } latest)
            {
                return null;
            }

            var now = Now();
            var at = DateTimeOffset.FromUnixTimeMilliseconds(now);
            var site = latest with { Revision = latest.Revision + 1, NotifiedAt = at, RecordedAt = at, Author = who, Withdrawn = true, Reason = reason };
            InsertSite(site);
            AppendAuditAs(who, now, AuditRecords.SiteRevision(site));
            return site;
        });
    }

    public IReadOnlyList<StoredSite> Sites(DateTimeOffset? asOf = null)
    {
        var known = asOf is null ? "" : " AND x.recorded_at <= $t";
        using var cmd = Command($"""
            SELECT {SiteColumns} FROM sites s
            WHERE s.revision = (SELECT max(x.revision) FROM sites x WHERE x.site_id = s.site_id{known})
            ORDER BY s.site_id
            """);
        if (asOf is { } t)
        {
            cmd.Parameters.AddWithValue("$t", t.ToUnixTimeMilliseconds());
        }

        return ReadSites(cmd);
    }

    public IReadOnlyList<StoredSite> SiteHistory(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        using var cmd = Command($"SELECT {SiteColumns} FROM sites WHERE site_id = $id ORDER BY revision");
        cmd.Parameters.AddWithValue("$id", siteId);
        return ReadSites(cmd);
    }

    public long SitesVersion()
    {
        using var cmd = Command("SELECT coalesce(max(rev_id), 0) FROM sites");
        return (long)cmd.ExecuteScalar()!;
    }

    private StoredSite? LatestSite(string siteId)
    {
        using var cmd = Command($"SELECT {SiteColumns} FROM sites WHERE site_id = $id ORDER BY revision DESC LIMIT 1");
        cmd.Parameters.AddWithValue("$id", siteId);
        return ReadSites(cmd) is [var latest] ? latest : null;
    }

    private void InsertSite(StoredSite stored)
    {
        var s = stored.Site;
        using var insert = Command($"""
            INSERT INTO sites ({SiteColumns})
            VALUES ($id, $rev, $owner, $category, $name, $wkb, $radius, $from, $to, $kind, $metres, $basis,
                    $contact, $sources, $recipients, $notified, $recorded, $author, $withdrawn, $reason)
            """);
        var p = insert.Parameters;
        p.AddWithValue("$id", s.Id);
        p.AddWithValue("$rev", stored.Revision);
        p.AddWithValue("$owner", (object?)s.Owner ?? DBNull.Value);
        p.AddWithValue("$category", SiteNames.Name(s.Category));
        p.AddWithValue("$name", (object?)s.Name ?? DBNull.Value);
        p.AddWithValue("$wkb", s.Geometry is { } g ? SiteWkb(g) : DBNull.Value);
        p.AddWithValue("$radius", s.RadiusMetres);
        p.AddWithValue("$from", (object?)Ms(s.ValidFrom) ?? DBNull.Value);
        p.AddWithValue("$to", (object?)Ms(s.ValidTo) ?? DBNull.Value);
        p.AddWithValue("$kind", SiteNames.Name(s.Precision.Kind));
        p.AddWithValue("$metres", s.Precision.UncertaintyMetres);
        p.AddWithValue("$basis", s.Precision.Basis);
        p.AddWithValue("$contact", s.Contact.Value);
        p.AddWithValue("$sources", SiteJson.Sources(s.Sources));
        p.AddWithValue("$recipients", SiteJson.Names(stored.Recipients));
        p.AddWithValue("$notified", stored.NotifiedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("$recorded", stored.RecordedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("$author", stored.Author);
        p.AddWithValue("$withdrawn", stored.Withdrawn ? 1 : 0);
        p.AddWithValue("$reason", (object?)stored.Reason ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    private static byte[] SiteWkb(NetTopologySuite.Geometries.Geometry geometry)
    {
        using var buffer = new MemoryStream();
        Wkb.Write(buffer, geometry);
        return buffer.ToArray();
    }

    private static List<StoredSite> ReadSites(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var sites = new List<StoredSite>();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
            var at = 0;
            var site = new ProtectedSite
            {
                Id = r.GetString(0),
                Owner = Text(2),
                Category = SiteNames.Category(r.GetString(3)),
                Name = Text(4),
                Geometry = r.IsDBNull(5) ? null : Wkb.Read((byte[])r.GetValue(5), ref at),
                RadiusMetres = r.GetDouble(6),
                ValidFrom = Time(7),
                ValidTo = Time(8),
                Precision = new LocationPrecision(SiteNames.Precision(r.GetString(9)), r.GetDouble(10), r.GetString(11)),
                Contact = new ContactChannel(r.GetString(12)),
                Sources = SiteJson.ReadSources(r.GetString(13)),
            };
            sites.Add(new StoredSite(site, r.GetInt32(1), SiteJson.ReadNames(r.GetString(14)), Time(15)!.Value, Time(16)!.Value,
                r.GetString(17), r.GetInt64(18) != 0, Text(19)));
        }

        return sites;
    }
}
