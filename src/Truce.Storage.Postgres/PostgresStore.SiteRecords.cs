using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Deconfliction;
using Truce.Domain.Sources;
using Truce.Domain.Time;
using Truce.Storage.Audit;
using Truce.Storage.Sites;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string AlertColumns = "id, principal, party, at, pattern, detail, site_ids, checks, throttled_until";

    private const string AttackColumns =
        "site_id, date_text, time_local, impact, casualties, attributed_to, note, date_qualifiers, source_file, source_row, source_key, source_url, source_quote, source_flag";

    public ProbeAlert RecordAlert(ProbeAlert alert, string author)
    {
        var a = SiteInput.Checked(alert);
        var who = Authors.Check(author);
        return InTransaction((connection, tx) =>
        {
            using var insert = Command(connection, """
                INSERT INTO site_alerts (principal, party, at, pattern, detail, site_ids, checks, throttled_until, author)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """, tx);
            var p = insert.Parameters;
            p.Add(new() { Value = a.Principal });
            p.Add(Text(a.Party));
            p.Add(new() { Value = a.At.ToUniversalTime() });
            p.Add(new() { Value = a.Pattern });
            p.Add(new() { Value = a.Detail });
            p.Add(new() { Value = a.SiteIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            p.Add(new() { Value = a.Checks });
            p.Add(Time(a.ThrottledUntil));
            p.Add(new() { Value = who });
            var stored = a with { Id = (long)insert.ExecuteScalar()! };
            AppendAuditAs(connection, tx, who, Now(), AuditRecords.Alert(stored));
            return stored;
        });
    }

    public IReadOnlyList<ProbeAlert> Alerts(string? principal = null)
    {
        using var connection = _source.OpenConnection();
        return Alerts(connection, principal);
    }

    public CheckBudget SetBudget(string principal, long perDay, string author)
    {
        var who = Authors.Check(author);
        var p = SiteInput.Budget(principal, perDay);
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            using var insert = Command(connection, "INSERT INTO site_budgets (principal, per_day, set_at, author) VALUES ($1, $2, $3, $4)", tx);
            insert.Parameters.Add(new() { Value = p });
            insert.Parameters.Add(new() { Value = perDay });
            insert.Parameters.Add(new() { Value = now });
            insert.Parameters.Add(new() { Value = who });
            insert.ExecuteNonQuery();
            AppendAuditAs(connection, tx, who, now, AuditRecords.Budget(p, perDay));
            return new CheckBudget(p, perDay, now, who);
        });
    }

    public IReadOnlyList<CheckBudget> Budgets()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT DISTINCT ON (principal) principal, per_day, set_at, author FROM site_budgets ORDER BY principal, id DESC");
        using var r = cmd.ExecuteReader();
        var list = new List<CheckBudget>();
        while (r.Read())
        {
            list.Add(new CheckBudget(r.GetString(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.GetString(3)));
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
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            long first;
            using (var max = Command(connection, "SELECT coalesce(max(id), 0) + 1 FROM site_attacks", tx))
            {
                first = (long)max.ExecuteScalar()!;
            }

            var added = new List<SiteAttackReport>();
            foreach (var r in reports)
            {
                using var insert = Command(connection, $"""
                    INSERT INTO site_attacks (id, batch, {AttackColumns}, author, recorded_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                    ON CONFLICT (source_file, source_row) DO NOTHING
                    """, tx);
                var p = insert.Parameters;
                p.Add(new() { Value = first + added.Count });
                p.Add(new() { Value = first });
                foreach (var value in new[]
                {
                    r.SiteId, r.Date?.Text, r.TimeLocal, r.Impact, r.Casualties, r.AttributedTo, r.Note, r.DateQualifiers,
                    r.Source.File, r.Source.Row, r.Source.Key, r.Source.Url, r.Source.Quote, r.Source.Flag,
                })
                {
                    p.Add(Text(value));
                }

                p.Add(new() { Value = who });
                p.Add(new() { Value = now });
                if (insert.ExecuteNonQuery() == 1)
                {
                    added.Add(r);
                }
            }

            if (added.Count > 0)
            {
                AppendAuditAs(connection, tx, who, now, AuditRecords.Attacks(first, added.Count, SiteDigests.Attacks(added)));
            }

            return added.Count;
        });
    }

    public IReadOnlyList<SiteAttackReport> AttackReports()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {AttackColumns} FROM site_attacks ORDER BY site_id, source_row");
        return [.. ReadAttacks(cmd).Select(a => a.Report)];
    }

    public bool LinkPartyActor(PartyActor link, string author)
    {
        var l = SiteInput.Checked(link);
        var who = Authors.Check(author);
        return InTransaction((connection, tx) =>
        {
            var now = Now();
            using var insert = Command(connection, "INSERT INTO party_actors (party, actor, author, linked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", tx);
            insert.Parameters.Add(new() { Value = l.Party });
            insert.Parameters.Add(new() { Value = l.Actor });
            insert.Parameters.Add(new() { Value = who });
            insert.Parameters.Add(new() { Value = now });
            if (insert.ExecuteNonQuery() == 0)
            {
                return false;
            }

            AppendAuditAs(connection, tx, who, now, AuditRecords.PartyActor(l));
            return true;
        });
    }

    public IReadOnlyList<PartyActor> PartyActors()
    {
        using var connection = _source.OpenConnection();
        return PartyActors(connection);
    }

    /// <summary>The site writes the tables show, for <see cref="AuditClaims"/>.</summary>
    private static void SiteClaims(NpgsqlConnection connection, List<AuditClaim> claims)
    {
        using (var cmd = Command(connection, $"SELECT {SiteColumns} FROM sites ORDER BY rev_id"))
        {
            claims.AddRange(ReadSites(cmd).Select(AuditRecords.SiteRevisionClaim));
        }

        CheckClaims(connection, claims);
        claims.AddRange(Alerts(connection, null).Select(AuditRecords.AlertClaim));
        using (var cmd = Command(connection, "SELECT principal, per_day FROM site_budgets ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.BudgetClaim(r.GetString(0), r.GetInt64(1)));
            }
        }

        using (var cmd = Command(connection, $"SELECT batch, {AttackColumns} FROM site_attacks ORDER BY batch, id"))
        {
            foreach (var batch in ReadAttacks(cmd, offset: 1).GroupBy(a => a.Batch))
            {
                claims.Add(AuditRecords.AttacksClaim(batch.Key, batch.Count(), SiteDigests.Attacks(batch.Select(a => a.Report))));
            }
        }

        claims.AddRange(PartyActors(connection).Select(AuditRecords.PartyActorClaim));
    }

    private static List<ProbeAlert> Alerts(NpgsqlConnection connection, string? principal)
    {
        using var cmd = Command(connection, $"SELECT {AlertColumns} FROM site_alerts{(principal is null ? "" : " WHERE principal = $1")} ORDER BY at DESC, id DESC");
        if (principal is not null)
        {
            cmd.Parameters.Add(new() { Value = principal });
        }

        using var r = cmd.ExecuteReader();
        var list = new List<ProbeAlert>();
        while (r.Read())
        {
            list.Add(new ProbeAlert(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetFieldValue<DateTimeOffset>(3),
                r.GetString(4), r.GetString(5), r.GetFieldValue<string[]>(6), r.GetInt32(7),
                r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8)));
        }

        return list;
    }

    private static List<PartyActor> PartyActors(NpgsqlConnection connection)
    {
        using var cmd = Command(connection, "SELECT party, actor FROM party_actors ORDER BY party, actor");
        using var r = cmd.ExecuteReader();
        var list = new List<PartyActor>();
        while (r.Read())
        {
            list.Add(new PartyActor(r.GetString(0), r.GetString(1)));
        }

        return list;
    }

    private static List<(long Batch, SiteAttackReport Report)> ReadAttacks(NpgsqlCommand cmd, int offset = 0)
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
