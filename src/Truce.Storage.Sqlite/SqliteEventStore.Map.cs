using Truce.Domain.Adjudication;
using Truce.Domain.Events;
using Truce.Storage.Map;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public IEnumerable<MapEvent> MapEvents()
    {
        using var cmd = Command("SELECT dataset, source_id, date_start, lon, lat, best, date_end - date_start FROM events WHERE superseded_at IS NULL AND lat IS NOT NULL AND lon IS NOT NULL");
        using var r = cmd.ExecuteReader();
        var names = Enum.GetValues<EventDataset>().ToDictionary(d => (int)d, d => EventDatasets.Name(d) + ":");
        while (r.Read())
        {
            yield return new MapEvent(names[r.GetInt32(0)] + r.GetString(1), DateOnly.FromDayNumber(r.GetInt32(2)), r.GetDouble(3), r.GetDouble(4), r.GetInt32(5), r.GetInt32(6));
        }
    }

    public IEnumerable<MapVerdict> MapVerdicts()
    {
        var run = LatestAdjudication();
        if (run is null)
        {
            yield break;
        }

        using var cmd = Command("""
            SELECT v.event_key, s.agreement, s.stakeholder, v.outcome, v.disputed
            FROM verdicts v JOIN adjudication_slots s ON s.adjudication_id = v.adjudication_id AND s.slot = v.slot
            WHERE v.adjudication_id = $run ORDER BY v.event_key, s.agreement, s.stakeholder
            """);
        cmd.Parameters.AddWithValue("$run", run.Id);
        using var r = cmd.ExecuteReader();

        // Agreements and stakeholders are a handful of ids repeated millions of times: keep one string each.
        var (agreements, stakeholders) = (new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
        string? previousKey = null;
        while (r.Read())
        {
            var key = r.GetString(0);
            if (key == previousKey)
            {
                key = previousKey;
            }

            previousKey = key;
            yield return new MapVerdict(key, Intern(agreements, r.GetString(1)), Intern(stakeholders, r.GetString(2)), (VerdictOutcome)r.GetInt32(3), r.GetInt32(4) == 1);
        }
    }

    public string MapVersion()
    {
        using var cmd = Command("SELECT coalesce((SELECT max(id) FROM imports), 0) || ':' || coalesce((SELECT max(id) FROM adjudications), 0) || ':' || coalesce((SELECT max(id) FROM reference_files), 0)");
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
