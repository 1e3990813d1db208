using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Storage.Import;
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
            FROM events e
            WHERE {string.Join(" AND ", where)}
            ORDER BY {(query.StorageOrder ? "e.rev_id" : "e.date_start, e.dataset, e.source_id, e.revision")}
            LIMIT {query.Limit ?? -1} OFFSET {query.Offset}
            """;
        var archive = new RecordArchive(new SqliteArchivedFiles(_connection, _tx));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return ReadRevision(r, archive);
        }
    }

    public long CountEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command("");
        var where = new List<string> { VisibleAt(Ms(query.AsOf)) };
        Filter(cmd, where, query);
        cmd.CommandText = $"SELECT count(*) FROM events e WHERE {string.Join(" AND ", where)}";
        return (long)cmd.ExecuteScalar()!;
    }

    public BoundingBox? Extent()
    {
        using var cmd = Command($"SELECT min(e.lon), min(e.lat), max(e.lon), max(e.lat) FROM events e WHERE {VisibleAt(null)} AND e.lon IS NOT NULL AND e.lat IS NOT NULL");
        using var r = cmd.ExecuteReader();
        return r.Read() && !r.IsDBNull(0) ? new BoundingBox(r.GetDouble(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3)) : null;
    }

    public IReadOnlyList<EventRevision> History(EventDataset dataset, string sourceId)
    {
        using var cmd = Command($"SELECT {EventColumns.SelectList} FROM events e WHERE e.dataset = $d AND e.source_id = $id ORDER BY e.revision");
        cmd.Parameters.AddWithValue("$d", (int)dataset);
        cmd.Parameters.AddWithValue("$id", sourceId);
        var archive = new RecordArchive(new SqliteArchivedFiles(_connection, _tx));
        using var r = cmd.ExecuteReader();
        var result = new List<EventRevision>();
        while (r.Read())
        {
            result.Add(ReadRevision(r, archive));
        }

        return result;
    }

    public IReadOnlyList<StatsRow> Stats(StatsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (column, labelled) = query.Group switch
        {
            StatsGroup.None => ("NULL", false),
            StatsGroup.Admin1 => ("e.adm1", false),
            StatsGroup.Admin2 => ("e.adm2", false),
            StatsGroup.Admin3 => ("e.adm3", false),
            StatsGroup.SourceAdmin1 => ("e.source_admin1_id", true),
            StatsGroup.Dyad => ("e.dyad_id", true),
            StatsGroup.Actor1 => ("e.actor1_id", true),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Group, "Unknown group."),
        };
        var labels = labelled ? Labels() : null;
        using var cmd = Command("");
        var where = new List<string> { VisibleAt(Ms(query.AsOf)) };
        Filter(cmd, where, new EventQuery { From = query.From, To = query.To });
        cmd.CommandText = $"SELECT e.date_start, {column}, e.best, e.low, e.high FROM events e WHERE {string.Join(" AND ", where)}";
        var aggregator = new StatsAggregator(query.By, query.Group);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var key = r.IsDBNull(1) ? null : labels is null ? r.GetString(1) : labels[r.GetInt64(1)];
            aggregator.Add(r.GetInt32(0), key, r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
        }

        return aggregator.Rows();
    }

    private static EventRevision ReadRevision(SqliteDataReader r, RecordArchive archive)
    {
        string? T(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var e = archive.Read(r.GetInt64(6), r.GetInt64(7), r.GetInt32(8));
        var superseded = r.IsDBNull(2) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2));
        return new EventRevision(e, r.GetInt32(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), superseded,
            new AdminCodes(T(3), T(4), T(5)));
    }

    private Dictionary<long, string> Labels()
    {
        using var cmd = Command("SELECT id, text FROM labels");
        using var r = cmd.ExecuteReader();
        var labels = new Dictionary<long, string>();
        while (r.Read())
        {
            labels[r.GetInt64(0)] = r.GetString(1);
        }

        return labels;
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
            const string Matching = "(SELECT id FROM labels WHERE instr(lower(text), $actor) > 0)";
            where.Add($"(e.actor1_id IN {Matching} OR e.actor2_id IN {Matching} OR e.assoc1_id IN {Matching} OR e.assoc2_id IN {Matching})");
            cmd.Parameters.AddWithValue("$actor", actor.ToLowerInvariant());
        }

        if (q.Type is { } type)
        {
            const string Matching = "(SELECT id FROM labels WHERE lower(text) = $type)";
            where.Add($"(e.event_type_id IN {Matching} OR e.sub_event_type_id IN {Matching})");
            cmd.Parameters.AddWithValue("$type", type.ToLowerInvariant());
        }
    }
}
