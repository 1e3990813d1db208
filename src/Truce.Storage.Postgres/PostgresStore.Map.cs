using Truce.Domain.Adjudication;
using Truce.Domain.Events;
using Truce.Storage.Map;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    public IEnumerable<MapEvent> MapEvents()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT dataset, source_id, date_start, ST_X(geom), ST_Y(geom), best, date_end - date_start FROM events WHERE superseded_at IS NULL AND geom IS NOT NULL");
        using var r = cmd.ExecuteReader();
        var names = Enum.GetValues<EventDataset>().ToDictionary(d => (int)d, d => EventDatasets.Name(d) + ":");
        while (r.Read())
        {
            yield return new MapEvent(names[r.GetInt16(0)] + r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetDouble(3), r.GetDouble(4), r.GetInt32(5), r.GetInt32(6));
        }
    }

    public IEnumerable<MapVerdict> MapVerdicts()
    {
        var run = LatestAdjudication();
        if (run is null)
        {
            yield break;
        }

        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, """
            SELECT v.event_key, s.agreement, s.stakeholder, v.outcome, v.disputed
            FROM verdicts v JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            WHERE v.adjudication_id = $1 ORDER BY v.event_key, s.agreement, s.stakeholder
            """);
        cmd.Parameters.Add(new() { Value = run.Id });
        using var r = cmd.ExecuteReader();

        // Agreements and stakeholders are a handful of ids repeated millions of times: keep one string each.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string? previousKey = null;
        while (r.Read())
        {
            var key = r.GetString(0);
            if (key == previousKey)
            {
                key = previousKey;
            }

            previousKey = key;
            yield return new MapVerdict(key, Intern(pool, r.GetString(1)), Intern(pool, r.GetString(2)), (VerdictOutcome)r.GetInt16(3), r.GetBoolean(4));
        }
    }

    public string MapVersion()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT coalesce((SELECT max(id) FROM imports), 0) || ':' || coalesce((SELECT max(id) FROM adjudications), 0) || ':' || coalesce((SELECT max(id) FROM reference_files), 0)");
        return (string)cmd.ExecuteScalar()!;
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (pool.TryGetValue(value, out var existing))
        {
            return existing;
        }

        pool[value] = value;
        return value;
    }
}
