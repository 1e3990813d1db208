using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Adjudication;
using Truce.Storage.Adjudication;
using Truce.Storage.Audit;
using Truce.Storage.Postgres.Events;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>Verdicts per COPY batch: the batch's new fact lists are stored first, in their own statement.</summary>
    private const int VerdictBatch = 20_000;

    public int SaveReferences(IReadOnlyList<ReferenceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        var now = Now();
        var changed = 0;
        foreach (var file in files)
        {
            using (var current = Command(connection, "SELECT sha256 FROM reference_files WHERE kind = $1 AND name = $2 AND superseded_at IS NULL", tx))
            {
                current.Parameters.Add(new() { Value = file.Kind });
                current.Parameters.Add(new() { Value = file.Name });
                if (current.ExecuteScalar() is string sha && sha == file.Sha256)
                {
                    continue;
                }
            }

            using (var supersede = Command(connection, "UPDATE reference_files SET superseded_at = $1 WHERE kind = $2 AND name = $3 AND superseded_at IS NULL", tx))
            {
                supersede.Parameters.Add(new() { Value = now });
                supersede.Parameters.Add(new() { Value = file.Kind });
                supersede.Parameters.Add(new() { Value = file.Name });
                supersede.ExecuteNonQuery();
            }

            using var insert = Command(connection, "INSERT INTO reference_files (kind, name, sha256, content, recorded_at) VALUES ($1, $2, $3, $4, $5)", tx);
            insert.Parameters.Add(new() { Value = file.Kind });
            insert.Parameters.Add(new() { Value = file.Name });
            insert.Parameters.Add(new() { Value = file.Sha256 });
            insert.Parameters.Add(new() { Value = file.Content, NpgsqlDbType = NpgsqlDbType.Bytea });
            insert.Parameters.Add(new() { Value = now });
            insert.ExecuteNonQuery();
            AppendAudit(connection, tx, now, AuditRecords.Reference(file.Kind, file.Name, file.Sha256));
            changed++;
        }

        tx.Commit();
        return changed;
    }

    public IReadOnlyList<ReferenceFile> References()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT kind, name, content, sha256, recorded_at FROM reference_files WHERE superseded_at IS NULL ORDER BY kind, name");
        using var r = cmd.ExecuteReader();
        var files = new List<ReferenceFile>();
        while (r.Read())
        {
            files.Add(new ReferenceFile(r.GetString(0), r.GetString(1), r.GetFieldValue<byte[]>(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4)));
        }

        return files;
    }

    public string ReferencesVersion()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT count(*) || ':' || coalesce(max(id), 0) FROM reference_files");
        return (string)cmd.ExecuteScalar()!;
    }

    public AdjudicationRun SaveAdjudication(string inputsSha256, IEnumerable<StoredVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        var now = Now();
        long id;
        using (var run = Command(connection, "INSERT INTO adjudications (recorded_at, inputs_sha256, events, verdicts) VALUES ($1, $2, 0, 0) RETURNING id", tx))
        {
            run.Parameters.Add(new() { Value = now });
            run.Parameters.Add(new() { Value = inputsSha256 });
            id = (long)run.ExecuteScalar()!;
        }

        var slots = new Dictionary<(string, string), short>();
        var facts = new FactIds();
        var batch = new List<(StoredVerdict Verdict, short Slot, long Facts)>(VerdictBatch);
        long count = 0, events = 0;
        string? lastKey = null;
        foreach (var v in verdicts)
        {
            if (!slots.TryGetValue((v.Agreement, v.Stakeholder), out var s))
            {
                s = (short)slots.Count;
                slots[(v.Agreement, v.Stakeholder)] = s;
                using var slot = Command(connection, "INSERT INTO adjudication_slots VALUES ($1, $2, $3, $4)", tx);
                slot.Parameters.Add(new() { Value = id });
                slot.Parameters.Add(new() { Value = s });
                slot.Parameters.Add(new() { Value = v.Agreement });
                slot.Parameters.Add(new() { Value = v.Stakeholder });
                slot.ExecuteNonQuery();
            }

            if (!string.Equals(lastKey, v.EventKey, StringComparison.Ordinal))
            {
                events++;
                lastKey = v.EventKey;
            }

            batch.Add((v, s, facts.Id(v.FactsJson)));
            count++;
            if (batch.Count == VerdictBatch)
            {
                WriteVerdicts(connection, tx, id, batch, facts);
            }
        }

        WriteVerdicts(connection, tx, id, batch, facts);
        using (var total = Command(connection, "UPDATE adjudications SET events = $1, verdicts = $2 WHERE id = $3", tx))
        {
            total.Parameters.Add(new() { Value = events });
            total.Parameters.Add(new() { Value = count });
            total.Parameters.Add(new() { Value = id });
            total.ExecuteNonQuery();
        }

        AppendAudit(connection, tx, now, AuditRecords.Run(id, inputsSha256, events, count));
        tx.Commit();
        return new AdjudicationRun(id, now, inputsSha256, events, count);
    }

    private static void WriteVerdicts(NpgsqlConnection connection, NpgsqlTransaction tx, long run, List<(StoredVerdict Verdict, short Slot, long Facts)> batch, FactIds facts)
    {
        facts.SaveNew(connection, tx);
        if (batch.Count == 0)
        {
            return;
        }

        using (var copy = connection.BeginBinaryImport("COPY verdicts (adjudication_id, event_key, slot, day, outcome, reason, disputed, facts_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (v, slot, factsId) in batch)
            {
                copy.StartRow();
                copy.Write(run, NpgsqlDbType.Bigint);
                copy.Write(v.EventKey, NpgsqlDbType.Text);
                copy.Write(slot, NpgsqlDbType.Smallint);
                copy.Write(v.Day, NpgsqlDbType.Date);
                copy.Write((short)v.Outcome, NpgsqlDbType.Smallint);
                copy.Write((short)v.Reason, NpgsqlDbType.Smallint);
                copy.Write(v.Disputed, NpgsqlDbType.Boolean);
                copy.Write(factsId, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        batch.Clear();
    }

    public IReadOnlyList<OutcomeCount> OutcomeCounts()
    {
        var run = LatestAdjudication();
        if (run is null)
        {
            return [];
        }

        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, """
            SELECT s.agreement, s.stakeholder, v.outcome, count(*), count(*) FILTER (WHERE v.disputed)
            FROM verdicts v JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            WHERE v.adjudication_id = $1
            GROUP BY s.agreement, s.stakeholder, v.outcome
            ORDER BY s.agreement, s.stakeholder, v.outcome
            """);
        cmd.Parameters.Add(new() { Value = run.Id });
        using var r = cmd.ExecuteReader();
        var counts = new List<OutcomeCount>();
        while (r.Read())
        {
            counts.Add(new OutcomeCount(r.GetString(0), r.GetString(1), (VerdictOutcome)r.GetInt16(2), r.GetInt64(3), r.GetInt64(4)));
        }

        return counts;
    }

    public AdjudicationRun? LatestAdjudication()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT id, recorded_at, inputs_sha256, events, verdicts FROM adjudications ORDER BY id DESC LIMIT 1");
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new AdjudicationRun(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4))
            : null;
    }

    public IEnumerable<StoredVerdict> Verdicts(VerdictQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var run = LatestAdjudication();
        if (run is null)
        {
            yield break;
        }

        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, """
            SELECT v.event_key, s.agreement, s.stakeholder, v.day, v.outcome, v.reason, v.disputed, f.facts
            FROM verdicts v
            JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            JOIN verdict_facts f ON f.id = v.facts_id
            WHERE v.adjudication_id = $1
              AND ($2::text IS NULL OR s.agreement = $2)
              AND ($3::text IS NULL OR v.event_key = $3)
              AND (NOT $4 OR v.disputed)
            ORDER BY v.day, v.event_key, s.agreement, s.stakeholder
            """);
        cmd.Parameters.Add(new() { Value = run.Id });
        cmd.Parameters.Add(new() { Value = (object?)query.Agreement ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = (object?)query.EventKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new() { Value = query.DisputedOnly });
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredVerdict(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3),
                (VerdictOutcome)r.GetInt16(4), (VerdictReason)r.GetInt16(5), r.GetBoolean(6), r.GetString(7));
        }
    }
}
