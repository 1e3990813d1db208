using Microsoft.Data.Sqlite;
using Truce.Domain.Deconfliction;
using Truce.Domain.Sources;
using Truce.Domain.Time;
using Truce.Storage.Audit;
using Truce.Storage.Sites;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string AlertColumns = "id, principal, party, at, pattern, detail, site_ids, checks, throttled_until";

    private const string AttackColumns =
        "site_id, date_text, time_local, impact, casualties, attributed_to, note, date_qualifiers, source_file, source_row, source_key, source_url, source_quote, source_flag";

    public ProbeAlert RecordAlert(ProbeAlert alert, string author)
    {
        var a = SiteInput.Checked(alert);
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            using var insert = Command("""
                INSERT INTO site_alerts (principal, party, at, pattern, detail, site_ids, checks, throttled_until, author)
                VALUES ($principal, $party, $at, $pattern, $detail, $sites, $checks, $until, $author) RETURNING id
                """);
            var p = insert.Parameters;
            p.AddWithValue("$principal", a.Principal);
            p.AddWithValue("$party", (object?)a.Party ?? DBNull.Value);
            p.AddWithValue("$at", a.At.ToUnixTimeMilliseconds());
            p.AddWithValue("$pattern", a.Pattern);
            p.AddWithValue("$detail", a.Detail);
            p.AddWithValue("$sites", SiteJson.Names(a.SiteIds));
            p.AddWithValue("$checks", a.Checks);
            p.AddWithValue("$until", (object?)Ms(a.ThrottledUntil) ?? DBNull.Value);
            p.AddWithValue("$author", who);
            var stored = a with { Id = (long)insert.ExecuteScalar()! };
            AppendAuditAs(who, Now(), AuditRecords.Alert(stored));
            return stored;
        });
    }

    public IReadOnlyList<ProbeAlert> Alerts(string? principal = null)
    {
        using var cmd = Command($"SELECT {AlertColumns} FROM site_alerts{(principal is null ? "" : " WHERE principal = $p")} ORDER BY at DESC, id DESC");
        if (principal is not null)
        {
            cmd.Parameters.AddWithValue("$p", principal);
        }

        using var r = cmd.ExecuteReader();
        var list = new List<ProbeAlert>();
        while (r.Read())
        {
            list.Add(new ProbeAlert(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
                r.GetString(4), r.GetString(5), SiteJson.ReadNames(r.GetString(6)), r.GetInt32(7),
                r.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8))));
        }

        return list;
    }

    public CheckBudget SetBudget(string principal, long perDay, string author)
    {
        var p = SiteInput.Budget(principal, perDay);
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            var now = Now();
            using var insert = Command("INSERT INTO site_budgets (principal, per_day, set_at, author) VALUES ($p, $n, $now, $author)");
            insert.Parameters.AddWithValue("$p", p);
            insert.Parameters.AddWithValue("$n", perDay);
            insert.Parameters.AddWithValue("$now", now);
            insert.Parameters.AddWithValue("$author", who);
            insert.ExecuteNonQuery();
            AppendAuditAs(who, now, AuditRecords.Budget(p, perDay));
            return new CheckBudget(p, perDay, DateTimeOffset.FromUnixTimeMilliseconds(now), who);
        });
    }

    public IReadOnlyList<CheckBudget> Budgets()
    {
        using var cmd = Command("""
            SELECT principal, per_day, set_at, author FROM site_budgets b
            WHERE b.id = (SELECT max(x.id) FROM site_budgets x WHERE x.principal = b.principal) ORDER BY principal
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<CheckBudget>();
        while (r.Read())
        {
            list.Add(new CheckBudget(r.GetString(0), r.GetInt64(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetString(3)));
        }

        return list;
    }

    public int AddAttackReports(IReadOnlyList<SiteAttackReport> reports, string author)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            SiteInput.Checked(report);
        }

        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            var now = Now();
            long first;
            using (var max = Command("SELECT coalesce(max(id), 0) + 1 FROM site_attacks"))
            {
                first = (long)max.ExecuteScalar()!;
            }

            using var insert = Command($"""
                INSERT INTO site_attacks (id, batch, {AttackColumns}, author, recorded_at)
                VALUES ($id, $batch, $site, $date, $time, $impact, $casualties, $by, $note, $qualifiers, $file, $row, $key, $url, $quote, $flag, $author, $now)
                ON CONFLICT (source_file, source_row) DO NOTHING
                """);
            var added = new List<SiteAttackReport>();
            foreach (var r in reports)
            {
                var p = insert.Parameters;
                p.Clear();
                p.AddWithValue("$id", first + added.Count);
                p.AddWithValue("$batch", first);
                foreach (var (name, value) in new[]
                {
                    ("$site", r.SiteId), ("$date", r.Date?.Text), ("$time", r.TimeLocal), ("$impact", r.Impact), ("$casualties", r.Casualties),
                    ("$by", r.AttributedTo), ("$note", r.Note), ("$qualifiers", r.DateQualifiers), ("$file", r.Source.File), ("$row", r.Source.Row),
                    ("$key", r.Source.Key), ("$url", r.Source.Url), ("$quote", r.Source.Quote), ("$flag", r.Source.Flag),
                })
                {
                    p.AddWithValue(name, (object?)value ?? DBNull.Value);
                }

                p.AddWithValue("$author", who);
                p.AddWithValue("$now", now);
                if (insert.ExecuteNonQuery() == 1)
                {
                    added.Add(r);
                }
            }

            if (added.Count > 0)
            {
                AppendAuditAs(who, now, AuditRecords.Attacks(first, added.Count, SiteDigests.Attacks(added)));
            }

            return added.Count;
        });
    }

    public IReadOnlyList<SiteAttackReport> AttackReports()
    {
        using var cmd = Command($"SELECT {AttackColumns} FROM site_attacks ORDER BY site_id, source_row");
        return [.. ReadAttacks(cmd).Select(a => a.Report)];
    }

    public bool LinkPartyActor(PartyActor link, string author)
    {
        var l = SiteInput.Checked(link);
        var who = Authors.Check(author);
        return InTransaction(() =>
        {
            var now = Now();
            using var insert = Command("INSERT INTO party_actors (party, actor, author, linked_at) VALUES ($party, $actor, $author, $now) ON CONFLICT DO NOTHING");
            insert.Parameters.AddWithValue("$party", l.Party);
            insert.Parameters.AddWithValue("$actor", l.Actor);
            insert.Parameters.AddWithValue("$author", who);
            insert.Parameters.AddWithValue("$now", now);
            if (insert.ExecuteNonQuery() == 0)
            {
                return false;
            }

            AppendAuditAs(who, now, AuditRecords.PartyActor(l));
            return true;
        });
    }

    public IReadOnlyList<PartyActor> PartyActors()
    {
        using var cmd = Command("SELECT party, actor FROM party_actors ORDER BY party, actor");
        using var r = cmd.ExecuteReader();
        var list = new List<PartyActor>();
        while (r.Read())
        {
            list.Add(new PartyActor(r.GetString(0), r.GetString(1)));
        }

        return list;
    }

    /// <summary>The site writes the tables show, for <see cref="AuditClaims"/>.</summary>
    private void SiteClaims(List<AuditClaim> claims)
    {
        using (var cmd = Command($"SELECT {SiteColumns} FROM sites ORDER BY rev_id"))
        {
            claims.AddRange(ReadSites(cmd).Select(AuditRecords.SiteRevisionClaim));
        }

        CheckClaims(claims);
        claims.AddRange(Alerts().Select(AuditRecords.AlertClaim));

        using (var cmd = Command("SELECT principal, per_day FROM site_budgets ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.BudgetClaim(r.GetString(0), r.GetInt64(1)));
            }
        }

        using (var cmd = Command($"SELECT batch, {AttackColumns} FROM site_attacks ORDER BY batch, id"))
        {
            foreach (var batch in ReadAttacks(cmd, offset: 1).GroupBy(a => a.Batch))
            {
                claims.Add(AuditRecords.AttacksClaim(batch.Key, batch.Count(), SiteDigests.Attacks(batch.Select(a => a.Report))));
            }
        }

        claims.AddRange(PartyActors().Select(AuditRecords.PartyActorClaim));
    }

    private static List<(long Batch, SiteAttackReport Report)> ReadAttacks(SqliteCommand cmd, int offset = 0)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<(long, SiteAttackReport)>();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i + offset) ? null : r.GetString(i + offset);
            var report = new SiteAttackReport(Text(0)!, PartialDate.Parse(Text(1)), Text(2), Text(3), Text(4), Text(5), Text(6), Text(7),
                new SourceRef(Text(8)!, Text(9)!, Text(10), Text(11), Text(12), Text(13)));
            list.Add((offset == 1 ? r.GetInt64(0) : 0, report));
        }

        return list;
    }
}
