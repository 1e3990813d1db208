using Truce.Domain.Adjudication;
using Truce.Storage.Adjudication;
using Truce.Storage.Audit;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private static readonly string[] VerdictParameters = ["$run", "$key", "$slot", "$day", "$o", "$r", "$d", "$f"];

    public int SaveReferences(IReadOnlyList<ReferenceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var tx = _connection.BeginTransaction();
        _tx = tx;
        try
        {
            var now = Now();
            var changed = 0;
            foreach (var file in files)
            {
                using (var current = Command("SELECT sha256 FROM reference_files WHERE kind = $k AND name = $n AND superseded_at IS NULL"))
                {
                    current.Parameters.AddWithValue("$k", file.Kind);
                    current.Parameters.AddWithValue("$n", file.Name);
                    if (current.ExecuteScalar() is string sha && sha == file.Sha256)
                    {
                        continue;
                    }
                }

                using (var supersede = Command("UPDATE reference_files SET superseded_at = $now WHERE kind = $k AND name = $n AND superseded_at IS NULL"))
                {
                    supersede.Parameters.AddWithValue("$now", now);
                    supersede.Parameters.AddWithValue("$k", file.Kind);
                    supersede.Parameters.AddWithValue("$n", file.Name);
                    supersede.ExecuteNonQuery();
                }

                using var insert = Command("INSERT INTO reference_files (kind, name, sha256, content, recorded_at) VALUES ($k, $n, $sha, $c, $now)");
                insert.Parameters.AddWithValue("$k", file.Kind);
                insert.Parameters.AddWithValue("$n", file.Name);
                insert.Parameters.AddWithValue("$sha", file.Sha256);
                insert.Parameters.AddWithValue("$c", file.Content);
                insert.Parameters.AddWithValue("$now", now);
                insert.ExecuteNonQuery();
                AppendAudit(tx, now, AuditRecords.Reference(file.Kind, file.Name, file.Sha256));
                changed++;
            }

            tx.Commit();
            return changed;
        }
        finally
        {
            _tx = null;
        }
    }

    public IReadOnlyList<ReferenceFile> References()
    {
        using var cmd = Command("SELECT kind, name, content, sha256, recorded_at FROM reference_files WHERE superseded_at IS NULL ORDER BY kind, name");
        using var r = cmd.ExecuteReader();
        var files = new List<ReferenceFile>();
        while (r.Read())
        {
            files.Add(new ReferenceFile(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2), r.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4))));
        }

        return files;
    }

    public string ReferencesVersion()
    {
        using var cmd = Command("SELECT count(*) || ':' || coalesce(max(id), 0) FROM reference_files");
        return (string)cmd.ExecuteScalar()!;
    }

    public AdjudicationRun SaveAdjudication(string inputsSha256, IEnumerable<StoredVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        using var tx = _connection.BeginTransaction();
        _tx = tx;
        try
        {
            var now = Now();
            long id;
            using (var run = Command("INSERT INTO adjudications (recorded_at, inputs_sha256, events, verdicts) VALUES ($now, $sha, 0, 0) RETURNING id"))
            {
                run.Parameters.AddWithValue("$now", now);
                run.Parameters.AddWithValue("$sha", inputsSha256);
                id = (long)run.ExecuteScalar()!;
            }

            var slots = new Dictionary<(string, string), int>();
            var facts = new Dictionary<string, long>(StringComparer.Ordinal);
            var sameFacts = new Dictionary<string, long>(ReferenceEqualityComparer.Instance);
            using var slot = Command("INSERT INTO adjudication_slots VALUES ($run, $slot, $a, $s)");
            using var fact = Command("INSERT INTO verdict_facts (facts) VALUES ($f) ON CONFLICT (facts) DO UPDATE SET facts = excluded.facts RETURNING id");
            var factText = fact.Parameters.Add("$f", Microsoft.Data.Sqlite.SqliteType.Text);
            fact.Prepare();
            using var insert = Command("INSERT INTO verdicts VALUES ($run, $key, $slot, $day, $o, $r, $d, $f)");
            var p = VerdictParameters.Select(n => insert.Parameters.Add(n, Microsoft.Data.Sqlite.SqliteType.Integer)).ToArray();
            p[1].SqliteType = Microsoft.Data.Sqlite.SqliteType.Text;
            insert.Prepare();
            long count = 0, events = 0;
            string? lastKey = null;
            foreach (var v in verdicts)
            {
                if (!slots.TryGetValue((v.Agreement, v.Stakeholder), out var s))
                {
                    s = slots.Count;
                    slots[(v.Agreement, v.Stakeholder)] = s;
                    slot.Parameters.Clear();
                    slot.Parameters.AddWithValue("$run", id);
                    slot.Parameters.AddWithValue("$slot", s);
                    slot.Parameters.AddWithValue("$a", v.Agreement);
                    slot.Parameters.AddWithValue("$s", v.Stakeholder);
                    slot.ExecuteNonQuery();
                }

                // Producers hand the same string instance for the same facts: look it up by reference before hashing its text.
                if (!sameFacts.TryGetValue(v.FactsJson, out var factsId))
                {
                    if (!facts.TryGetValue(v.FactsJson, out factsId))
                    {
                        factText.Value = v.FactsJson;
                        factsId = (long)fact.ExecuteScalar()!;
                        facts[v.FactsJson] = factsId;
                    }

                    if (sameFacts.Count < 1_000_000)
                    {
                        sameFacts[v.FactsJson] = factsId;
                    }
                }

                if (!string.Equals(lastKey, v.EventKey, StringComparison.Ordinal))
                {
                    events++;
                    lastKey = v.EventKey;
                }

                p[0].Value = id;
                p[1].Value = v.EventKey;
                p[2].Value = s;
                p[3].Value = v.Day.DayNumber;
                p[4].Value = (int)v.Outcome;
                p[5].Value = (int)v.Reason;
                p[6].Value = v.Disputed ? 1 : 0;
                p[7].Value = factsId;
                insert.ExecuteNonQuery();
                count++;
            }

            using (var total = Command("UPDATE adjudications SET events = $e, verdicts = $n WHERE id = $id"))
            {
                total.Parameters.AddWithValue("$e", events);
                total.Parameters.AddWithValue("$n", count);
                total.Parameters.AddWithValue("$id", id);
                total.ExecuteNonQuery();
            }

            AppendAudit(tx, now, AuditRecords.Run(id, inputsSha256, events, count));
            tx.Commit();
            return new AdjudicationRun(id, DateTimeOffset.FromUnixTimeMilliseconds(now), inputsSha256, events, count);
        }
        finally
        {
            _tx = null;
        }
    }

    public IReadOnlyList<OutcomeCount> OutcomeCounts()
    {
        var run = LatestAdjudication();
        if (run is null)
        {
            return [];
        }

        using var cmd = Command("""
            SELECT s.agreement, s.stakeholder, v.outcome, count(*), sum(v.disputed)
            FROM verdicts v JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            WHERE v.adjudication_id = $run
            GROUP BY s.agreement, s.stakeholder, v.outcome
            ORDER BY s.agreement, s.stakeholder, v.outcome
            """);
        cmd.Parameters.AddWithValue("$run", run.Id);
        using var r = cmd.ExecuteReader();
        var counts = new List<OutcomeCount>();
        while (r.Read())
        {
            counts.Add(new OutcomeCount(r.GetString(0), r.GetString(1), (VerdictOutcome)r.GetInt32(2), r.GetInt64(3), r.GetInt64(4)));
        }

        return counts;
    }

    public AdjudicationRun? LatestAdjudication()
    {
        using var cmd = Command("SELECT id, recorded_at, inputs_sha256, events, verdicts FROM adjudications ORDER BY id DESC LIMIT 1");
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new AdjudicationRun(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), r.GetString(2), r.GetInt64(3), r.GetInt64(4))
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

        using var cmd = Command("""
            SELECT v.event_key, s.agreement, s.stakeholder, v.day, v.outcome, v.reason, v.disputed, f.facts
            FROM verdicts v
            JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            JOIN verdict_facts f ON f.id = v.facts_id
            WHERE v.adjudication_id = $run
              AND ($a IS NULL OR s.agreement = $a)
              AND ($e IS NULL OR v.event_key = $e)
              AND ($d = 0 OR v.disputed = 1)
            ORDER BY v.day, v.event_key, s.agreement, s.stakeholder
            """);
        cmd.Parameters.AddWithValue("$run", run.Id);
        cmd.Parameters.AddWithValue("$a", (object?)query.Agreement ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$e", (object?)query.EventKey ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$d", query.DisputedOnly ? 1 : 0);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredVerdict(
                r.GetString(0), r.GetString(1), r.GetString(2), DateOnly.FromDayNumber(r.GetInt32(3)),
                (VerdictOutcome)r.GetInt32(4), (VerdictReason)r.GetInt32(5), r.GetInt32(6) == 1, r.GetString(7));
        }
    }
}
