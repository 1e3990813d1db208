using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Deconfliction;
using Truce.Domain.Sources;
using Truce.Storage.Audit;
using Truce.Storage.Sites;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string SiteColumns =
        "site_id, revision, owner, category, name, ST_AsBinary(geom, 'NDR'), radius, valid_from, valid_to, precision_kind, precision_m, precision_basis, " +
        "contact, sources::text, recipients, notified_at, recorded_at, author, withdrawn, reason";

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

        return InTransaction((connection, tx) =>
        {
            var now = Now();
            var stored = new List<StoredSite>(checkedNotices.Count);
            foreach (var n in checkedNotices)
            {
                var latest = LatestSite(connection, tx, n.Site.Id);
                var site = new StoredSite(n.Site, (latest?.Revision ?? 0) + 1, n.Recipients, n.NotifiedAt ?? now, now, who, false,
                    latest is null ? n.Reason : SiteInput.ReasonFor(n));
                InsertSite(connection, tx, site);
                AppendAuditAs(connection, tx, who, now, AuditRecords.SiteRevision(site));
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
        return InTransaction((connection, tx) =>
        {
            if (LatestSite(connection, tx, siteId) is not { Withdrawn: false } latest)
            {
                return null;
            }

            var now = Now();
            var site = latest with { Revision = latest.Revision + 1, NotifiedAt = now, RecordedAt = now, Author = who, Withdrawn = true, Reason = reason };
            InsertSite(connection, tx, site);
            AppendAuditAs(connection, tx, who, now, AuditRecords.SiteRevision(site));
            return site;
        });
    }

    public IReadOnlyList<StoredSite> Sites(DateTimeOffset? asOf = null)
    {
        using var connection = _source.OpenConnection();
        var known = asOf is null ? "" : " AND x.recorded_at <= $1";
        using var cmd = Command(connection, $"""
            SELECT {SiteColumns} FROM sites s
            WHERE s.revision = (SELECT max(x.revision) FROM sites x WHERE x.site_id = s.site_id{known})
            ORDER BY s.site_id
            """);
        if (asOf is { } t)
        {
            cmd.Parameters.Add(new() { Value = t.ToUniversalTime() });
        }

        return ReadSites(cmd);
    }

    public IReadOnlyList<StoredSite> SiteHistory(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {SiteColumns} FROM sites WHERE site_id = $1 ORDER BY revision");
        cmd.Parameters.Add(new() { Value = siteId });
        return ReadSites(cmd);
    }

    public long SitesVersion()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT coalesce(max(rev_id), 0) FROM sites");
        return (long)cmd.ExecuteScalar()!;
    }

    private static StoredSite? LatestSite(NpgsqlConnection connection, NpgsqlTransaction tx, string siteId)
    {
        using var cmd = Command(connection, $"SELECT {SiteColumns} FROM sites WHERE site_id = $1 ORDER BY revision DESC LIMIT 1", tx);
        cmd.Parameters.Add(new() { Value = siteId });
        return ReadSites(cmd) is [var latest] ? latest : null;
    }

    private static void InsertSite(NpgsqlConnection connection, NpgsqlTransaction tx, StoredSite stored)
    {
        var s = stored.Site;
        using var insert = Command(connection, """
            INSERT INTO sites (site_id, revision, owner, category, name, geom, radius, valid_from, valid_to, precision_kind, precision_m, precision_basis,
                               contact, sources, recipients, notified_at, recorded_at, author, withdrawn, reason)
            VALUES ($1, $2, $3, $4, $5, ST_GeomFromWKB($6, 4326), $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18, $19, $20)
            """, tx);
        object? wkb = null;
        if (s.Geometry is { } g)
        {
            using var buffer = new MemoryStream();
            Wkb.Write(buffer, g);
            wkb = buffer.ToArray();
        }

        var p = insert.Parameters;
        p.Add(new() { Value = s.Id });
        p.Add(new() { Value = stored.Revision });
        p.Add(Text(s.Owner));
        p.Add(new() { Value = SiteNames.Name(s.Category) });
        p.Add(Text(s.Name));
        p.Add(new() { Value = wkb ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea });
        p.Add(new() { Value = s.RadiusMetres });
        p.Add(Time(s.ValidFrom));
        p.Add(Time(s.ValidTo));
        p.Add(new() { Value = SiteNames.Name(s.Precision.Kind) });
        p.Add(new() { Value = s.Precision.UncertaintyMetres });
        p.Add(new() { Value = s.Precision.Basis });
        p.Add(new() { Value = s.Contact.Value });
        p.Add(new() { Value = SiteJson.Sources(s.Sources) });
        p.Add(new() { Value = stored.Recipients.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        p.Add(new() { Value = stored.NotifiedAt.ToUniversalTime() });
        p.Add(new() { Value = stored.RecordedAt.ToUniversalTime() });
        p.Add(new() { Value = stored.Author });
        p.Add(new() { Value = stored.Withdrawn });
        p.Add(Text(stored.Reason));
        insert.ExecuteNonQuery();
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Time(DateTimeOffset? value) => new() { Value = value is { } t ? t.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static List<StoredSite> ReadSites(NpgsqlCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var sites = new List<StoredSite>();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
            var at = 0;
            var site = new ProtectedSite
            {
                Id = r.GetString(0),
                Owner = Text(2),
                Category = SiteNames.Category(r.GetString(3)),
                Name = Text(4),
                Geometry = r.IsDBNull(5) ? null : Wkb.Read(r.GetFieldValue<byte[]>(5), ref at),
                RadiusMetres = r.GetDouble(6),
                ValidFrom = Time(7),
                ValidTo = Time(8),
                Precision = new LocationPrecision(SiteNames.Precision(r.GetString(9)), r.GetDouble(10), r.GetString(11)),
                Contact = new ContactChannel(r.GetString(12)),
                Sources = SiteJson.ReadSources(r.GetString(13)),
            };
            sites.Add(new StoredSite(site, r.GetInt32(1), r.GetFieldValue<string[]>(14), Time(15)!.Value, Time(16)!.Value,
                r.GetString(17), r.GetBoolean(18), Text(19)));
        }

        return sites;
    }
}
