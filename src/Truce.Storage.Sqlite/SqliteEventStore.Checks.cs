using Microsoft.Data.Sqlite;
using Truce.Storage.Audit;
using Truce.Storage.Sites;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string CheckColumns = "id, audit_seq, principal, party, at, radius, window_from, window_to, outcome, target_count, layout, lon, lat, targets, conflicts";

    public long RecordChecks(IReadOnlyList<CheckRecord> checks, string author)
    {
        var (rows, group) = CheckGroup.Of(checks, author);
        return InTransaction(() =>
        {
            var now = Now();
            long first;
            using (var max = Command("SELECT coalesce(max(id), 0) + 1 FROM site_checks"))
            {
                first = (long)max.ExecuteScalar()!;
            }

            var entry = AppendAuditAs(group.Author, now, group.Entry(first));
            using var insert = new RawStatement(_connection.Handle!, """
                INSERT INTO site_checks (id, audit_seq, principal, party, at, radius, window_from, window_to, outcome, target_count, layout, lon, lat, targets, conflicts)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                """);
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                insert.Int(1, first + i);
                insert.Int(2, entry.Seq);
                insert.Text(3, row.Principal);
                insert.Text(4, row.Party);
                insert.Int(5, row.AtMs);
                insert.Real(6, row.Radius);
                insert.Int(7, row.FromMs);
                insert.Int(8, row.ToMs);
                insert.Int(9, (int)row.Outcome);
                insert.Int(10, row.Count);
                insert.Int(11, (int)row.Layout);
                insert.Real(12, row.Lon);
                insert.Real(13, row.Lat);
                if (row.Blob is { } blob)
                {
                    insert.Blob(14, blob);
                }
                else
                {
                    insert.Int(14, null);
                }

                insert.Text(15, SiteJson.Conflicts(row.Conflicts));
                insert.Execute();
            }

            return entry.Seq;
        });
    }

    public IReadOnlyList<StoredCheck> Checks(string? principal = null, string? party = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var where = new List<string>();
        using var cmd = Command("");
        if (principal is not null)
        {
            where.Add("principal = $principal");
            cmd.Parameters.AddWithValue("$principal", principal);
        }

        if (party is not null)
        {
            where.Add("party = $party");
            cmd.Parameters.AddWithValue("$party", party);
        }

        if (since is { } s)
        {
            where.Add("at >= $since");
            cmd.Parameters.AddWithValue("$since", s.ToUnixTimeMilliseconds());
        }

        if (until is { } u)
        {
            where.Add("at <= $until");
            cmd.Parameters.AddWithValue("$until", u.ToUnixTimeMilliseconds());
        }

        cmd.CommandText = $"SELECT {CheckColumns} FROM site_checks{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY id LIMIT $limit";
        cmd.Parameters.AddWithValue("$limit", limit);
        var list = new List<StoredCheck>();
        foreach (var (id, seq, row) in ReadChecks(cmd))
        {
            list.Add(new StoredCheck(id, row.Record(), seq));
        }

        return list;
    }

    public long CheckedTargets(string principal, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(principal);
        using var cmd = Command("SELECT coalesce(sum(target_count), 0) FROM site_checks WHERE principal = $p AND at >= $since");
        cmd.Parameters.AddWithValue("$p", principal);
        cmd.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>The check groups the table shows, for <see cref="AuditClaims"/>.</summary>
    private void CheckClaims(List<AuditClaim> claims)
    {
        using var cmd = Command($"SELECT {CheckColumns} FROM site_checks ORDER BY audit_seq, id");
        claims.AddRange(CheckGroup.Claims(ReadChecks(cmd)));
    }

    private static IEnumerable<(long Id, long Seq, CheckRow Row)> ReadChecks(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            double? Real(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            var row = new CheckRow(r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4), r.GetDouble(5), r.GetInt64(6), r.GetInt64(7),
                (CheckOutcome)r.GetInt32(8), r.GetInt32(9), (TargetLayout)r.GetInt32(10), Real(11), Real(12),
                r.IsDBNull(13) ? null : (byte[])r.GetValue(13), SiteJson.ReadConflicts(r.IsDBNull(14) ? null : r.GetString(14)));
            yield return (r.GetInt64(0), r.GetInt64(1), row);
        }
    }
}
