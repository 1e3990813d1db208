using Npgsql;
using NpgsqlTypes;
using Truce.Storage.Audit;
using Truce.Storage.Sites;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string CheckColumns = "id, audit_seq, principal, party, at, radius, window_from, window_to, outcome, target_count, layout, lon, lat, targets, conflicts::text";

    public long RecordChecks(IReadOnlyList<CheckRecord> checks, string author)
    {
        var (rows, group) = CheckGroup.Of(checks, author);
        return InTransaction((connection, tx) =>
        {
            long first;
            using (var max = Command(connection, "SELECT coalesce(max(id), 0) + 1 FROM site_checks", tx))
            {
                first = (long)max.ExecuteScalar()!;
            }

            var entry = AppendAuditAs(connection, tx, group.Author, Now(), group.Entry(first));
            using (var copy = connection.BeginBinaryImport(
                "COPY site_checks (id, audit_seq, principal, party, at, radius, window_from, window_to, outcome, target_count, layout, lon, lat, targets, conflicts) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    var row = rows[i];
                    copy.StartRow();
                    copy.Write(first + i, NpgsqlDbType.Bigint);
                    copy.Write(entry.Seq, NpgsqlDbType.Bigint);
                    copy.Write(row.Principal, NpgsqlDbType.Text);
                    Nullable(copy, row.Party, NpgsqlDbType.Text);
                    copy.Write(DateTimeOffset.FromUnixTimeMilliseconds(row.AtMs), NpgsqlDbType.TimestampTz);
                    copy.Write(row.Radius, NpgsqlDbType.Double);
                    copy.Write(DateTimeOffset.FromUnixTimeMilliseconds(row.FromMs), NpgsqlDbType.TimestampTz);
                    copy.Write(DateTimeOffset.FromUnixTimeMilliseconds(row.ToMs), NpgsqlDbType.TimestampTz);
                    copy.Write((short)row.Outcome, NpgsqlDbType.Smallint);
                    copy.Write(row.Count, NpgsqlDbType.Integer);
                    copy.Write((short)row.Layout, NpgsqlDbType.Smallint);
                    Nullable(copy, row.Lon, NpgsqlDbType.Double);
                    Nullable(copy, row.Lat, NpgsqlDbType.Double);
                    Nullable(copy, row.Blob, NpgsqlDbType.Bytea);
                    Nullable(copy, SiteJson.Conflicts(row.Conflicts), NpgsqlDbType.Jsonb);
                }

                copy.Complete();
            }

            return entry.Seq;
        });
    }

    public IReadOnlyList<StoredCheck> Checks(string? principal = null, string? party = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "");
        var where = new List<string>();
        void Filter(string sql, object value, NpgsqlDbType type)
        {
            cmd.Parameters.Add(new() { Value = value, NpgsqlDbType = type });
            where.Add(sql.Replace("$", "$" + cmd.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        if (principal is not null)
        {
            Filter("principal = $", principal, NpgsqlDbType.Text);
        }

        if (party is not null)
        {
            Filter("party = $", party, NpgsqlDbType.Text);
        }

        if (since is { } s)
        {
            Filter("at >= $", s.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }

        if (until is { } u)
        {
            Filter("at <= $", u.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }

        cmd.Parameters.Add(new() { Value = (long)limit, NpgsqlDbType = NpgsqlDbType.Bigint });
        cmd.CommandText = $"SELECT {CheckColumns} FROM site_checks{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")} ORDER BY id LIMIT ${cmd.Parameters.Count}";
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
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT coalesce(sum(target_count), 0)::bigint FROM site_checks WHERE principal = $1 AND at >= $2");
        cmd.Parameters.Add(new() { Value = principal });
        cmd.Parameters.Add(new() { Value = since.ToUniversalTime() });
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>The check groups the table shows, for <see cref="AuditClaims"/>.</summary>
    private static void CheckClaims(NpgsqlConnection connection, List<AuditClaim> claims)
    {
        using var cmd = Command(connection, $"SELECT {CheckColumns} FROM site_checks ORDER BY audit_seq, id");
        claims.AddRange(CheckGroup.Claims(ReadChecks(cmd)));
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void Nullable(NpgsqlBinaryImporter copy, double? value, NpgsqlDbType type)
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static IEnumerable<(long Id, long Seq, CheckRow Row)> ReadChecks(NpgsqlCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            double? Real(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            var row = new CheckRow(r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), CheckRow.Ms(r.GetFieldValue<DateTimeOffset>(4)), r.GetDouble(5),
                CheckRow.Ms(r.GetFieldValue<DateTimeOffset>(6)), CheckRow.Ms(r.GetFieldValue<DateTimeOffset>(7)), (CheckOutcome)r.GetInt16(8), r.GetInt32(9),
                (TargetLayout)r.GetInt16(10), Real(11), Real(12), r.IsDBNull(13) ? null : r.GetFieldValue<byte[]>(13),
                SiteJson.ReadConflicts(r.IsDBNull(14) ? null : r.GetString(14)));
            yield return (r.GetInt64(0), r.GetInt64(1), row);
        }
    }
}
