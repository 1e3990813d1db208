using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Storage.Queries;
using Truce.Storage.Sqlite.Events;
using Truce.Storage.Stats;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public IEnumerable<EventRevision> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command("");
        var where = new List<string> { VisibleAt(Ms(query.AsOf)) };
        Filter(cmd, where, query);
        cmd.CommandText = $"""
            SELECT {EventColumns.SelectList}
            FROM events e LEFT JOIN event_sources s ON s.rev_id = e.rev_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY e.date_start, e.dataset, e.source_id
            LIMIT {query.Limit ?? -1} OFFSET {query.Offset}
            """;
        var mapper = new EventRowReader(HeaderNames);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return mapper.Read(r);
        }
    }

    public IReadOnlyList<EventRevision> History(EventDataset dataset, string sourceId)
    {
        using var cmd = Command($"""
            SELECT {EventColumns.SelectList}
            FROM events e LEFT JOIN event_sources s ON s.rev_id = e.rev_id
            WHERE e.dataset = $d AND e.source_id = $id ORDER BY e.revision
            """);
        cmd.Parameters.AddWithValue("$d", (int)dataset);
        cmd.Parameters.AddWithValue("$id", sourceId);
        var mapper = new EventRowReader(HeaderNames);
        using var r = cmd.ExecuteReader();
        var result = new List<EventRevision>();
        while (r.Read())
        {
            result.Add(mapper.Read(r));
        }

        return result;
    }

    public IReadOnlyList<StatsRow> Stats(StatsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var column = query.Group switch
        {
            StatsGroup.None => "NULL",
            StatsGroup.Admin1 => "adm1",
            StatsGroup.Admin2 => "adm2",
            StatsGroup.Admin3 => "adm3",
            StatsGroup.SourceAdmin1 => "admin1_name",
            StatsGroup.Dyad => "dyad",
            StatsGroup.Actor1 => "actor1",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Group, "Unknown group."),
        };
        using var cmd = Command("");
        var where = new List<string> { VisibleAt(Ms(query.AsOf)) };
        Filter(cmd, where, new EventQuery { From = query.From, To = query.To });
        cmd.CommandText = $"SELECT e.date_start, e.{column}, e.best, e.low, e.high FROM events e WHERE {string.Join(" AND ", where)}".Replace("e.NULL", "NULL", StringComparison.Ordinal);
        var aggregator = new StatsAggregator(query.By, query.Group);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            aggregator.Add(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
        }

        return aggregator.Rows();
    }

    private static void Filter(SqliteCommand cmd, List<string> where, EventQuery q)
    {
        if (q.From is { } from)
        {
            where.Add("e.date_start >= $from");
            cmd.Parameters.AddWithValue("$from", from.DayNumber);
        }

        if (q.To is { } to)
        {
            where.Add("e.date_start <= $to");
            cmd.Parameters.AddWithValue("$to", to.DayNumber);
        }

        if (q.Bbox is { } b)
        {
            where.Add("e.lon BETWEEN $w AND $e AND e.lat BETWEEN $s AND $n");
            cmd.Parameters.AddWithValue("$w", b.West);
            cmd.Parameters.AddWithValue("$e", b.East);
            cmd.Parameters.AddWithValue("$s", b.South);
            cmd.Parameters.AddWithValue("$n", b.North);
        }

        if (q.Admin is { } admin)
        {
            where.Add("(e.adm1 = $admin OR e.adm2 = $admin OR e.adm3 = $admin)");
            cmd.Parameters.AddWithValue("$admin", admin);
        }

        if (q.Actor is { } actor)
        {
            where.Add("(instr(lower(e.actor1), $actor) > 0 OR instr(lower(e.actor2), $actor) > 0 OR instr(lower(e.assoc_actor1), $actor) > 0 OR instr(lower(e.assoc_actor2), $actor) > 0)");
            cmd.Parameters.AddWithValue("$actor", actor.ToLowerInvariant());
        }

        if (q.Type is { } type)
        {
            where.Add("(lower(e.event_type) = $type OR lower(e.sub_event_type) = $type)");
            cmd.Parameters.AddWithValue("$type", type.ToLowerInvariant());
        }
    }
}
