using Npgsql;
using Truce.Domain.Events;
using Truce.Storage.Import;
using Truce.Storage.Postgres.Events;
using Truce.Storage.Queries;
using Truce.Storage.Stats;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>What a query reads to rebuild a revision: 0 revision, 1 recorded_at, 2 superseded_at, 3 adm1, 4 adm2, 5 adm3, 6 import_id, 7 src_offset, 8 src_length.</summary>
    private const string SelectList = "e.revision, e.recorded_at, e.superseded_at, e.adm1, e.adm2, e.adm3, e.import_id, e.src_offset, e.src_length";

    public IEnumerable<EventRevision> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "");
        var where = new List<string> { VisibleAt(query.AsOf, cmd) };
        Filter(cmd, where, query);
        var limit = query.Limit is { } n ? $"LIMIT {n}" : "";
        cmd.CommandText = $"""
            SELECT {SelectList}
            FROM events e
            WHERE {string.Join(" AND ", where)}
            ORDER BY {(query.StorageOrder ? "e.rev_id" : "e.date_start, e.dataset, e.source_id, e.revision")}
            {limit} OFFSET {query.Offset}
            """;
        using var files = new PostgresArchivedFiles(_source);
        var archive = new RecordArchive(files);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return ReadRevision(r, archive);
        }
    }

    public long CountEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "");
        var where = new List<string> { VisibleAt(query.AsOf, cmd) };
        Filter(cmd, where, query);
        cmd.CommandText = $"SELECT count(*) FROM events e WHERE {string.Join(" AND ", where)}";
        return (long)cmd.ExecuteScalar()!;
    }

    public BoundingBox? Extent()
    {
        // Exact doubles (ST_Extent would give the float-rounded index boxes).
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT min(ST_X(e.geom)), min(ST_Y(e.geom)), max(ST_X(e.geom)), max(ST_Y(e.geom)) FROM events e WHERE e.superseded_at IS NULL AND e.geom IS NOT NULL");
        using var r = cmd.ExecuteReader();
        return r.Read() && !r.IsDBNull(0) ? new BoundingBox(r.GetDouble(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3)) : null;
    }

    public IReadOnlyList<EventRevision> History(EventDataset dataset, string sourceId)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {SelectList} FROM events e WHERE e.dataset = $1 AND e.source_id = $2 ORDER BY e.revision");
        cmd.Parameters.Add(new() { Value = (short)dataset });
        cmd.Parameters.Add(new() { Value = sourceId });
        using var files = new PostgresArchivedFiles(_source);
        var archive = new RecordArchive(files);
        using var r = cmd.ExecuteReader();
        var result = new List<EventRevision>();
        while (r.Read())
        {
            result.Add(ReadRevision(r, archive));
        }

        return result;
    }

    /// <summary>Sums by day and group in the server (a few thousand rows come back, not a million), then into periods as every engine does.</summary>
    public IReadOnlyList<StatsRow> Stats(StatsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (column, label) = query.Group switch
        {
            StatsGroup.None => ("NULL::text", null),
            StatsGroup.Admin1 => ("e.adm1", null),
            StatsGroup.Admin2 => ("e.adm2", null),
            StatsGroup.Admin3 => ("e.adm3", null),
            StatsGroup.SourceAdmin1 => ("l.text", "e.source_admin1_id"),
            StatsGroup.Dyad => ("l.text", "e.dyad_id"),
            StatsGroup.Actor1 => ("l.text", "e.actor1_id"),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Group, "Unknown group."),
        };
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "");
        var where = new List<string> { VisibleAt(query.AsOf, cmd) };
        Filter(cmd, where, new EventQuery { From = query.From, To = query.To });
        var join = label is null ? "" : $"LEFT JOIN labels l ON l.id = {label}";
        cmd.CommandText = $"""
            SELECT e.date_start, {column}, count(*), sum(e.best)::bigint, sum(e.low)::bigint, sum(e.high)::bigint
            FROM events e {join}
            WHERE {string.Join(" AND ", where)}
            GROUP BY 1, 2
            """;
        var aggregator = new StatsAggregator(query.By, query.Group);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            aggregator.Add(r.GetFieldValue<DateOnly>(0).DayNumber, r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(2));
        }

        return aggregator.Rows();
    }

    private static EventRevision ReadRevision(NpgsqlDataReader r, RecordArchive archive)
    {
        string? T(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var e = archive.Read(r.GetInt64(6), r.GetInt64(7), r.GetInt32(8));
        var superseded = r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2);
        return new EventRevision(e, r.GetInt32(0), r.GetFieldValue<DateTimeOffset>(1), superseded, new AdminCodes(T(3), T(4), T(5)));
    }

    private static void Filter(NpgsqlCommand cmd, List<string> where, EventQuery q)
    {
        if (q.From is { } from)
        {
            where.Add("e.date_start >= @from");
            cmd.Parameters.AddWithValue("from", from);
        }

        if (q.To is { } to)
        {
            where.Add("e.date_start <= @to");
            cmd.Parameters.AddWithValue("to", to);
        }

        if (q.Bbox is { } b)
        {
            // The GiST index finds candidates by box; the exact test keeps the edges as the SQLite store has them.
            where.Add("e.geom && ST_MakeEnvelope(@west, @south, @east, @north, 4326) AND ST_X(e.geom) BETWEEN @west AND @east AND ST_Y(e.geom) BETWEEN @south AND @north");
            cmd.Parameters.AddWithValue("west", b.West);
            cmd.Parameters.AddWithValue("east", b.East);
            cmd.Parameters.AddWithValue("south", b.South);
            cmd.Parameters.AddWithValue("north", b.North);
        }

        if (q.Admin is { } admin)
        {
            where.Add("(e.adm1 = @admin OR e.adm2 = @admin OR e.adm3 = @admin)");
            cmd.Parameters.AddWithValue("admin", admin);
        }

        if (q.Actor is { } actor)
        {
            const string Matching = "(SELECT id FROM labels WHERE strpos(lower(text), @actor) > 0)";
            where.Add($"(e.actor1_id IN {Matching} OR e.actor2_id IN {Matching} OR e.assoc1_id IN {Matching} OR e.assoc2_id IN {Matching})");
            cmd.Parameters.AddWithValue("actor", actor.ToLowerInvariant());
        }

        if (q.Type is { } type)
        {
            const string Matching = "(SELECT id FROM labels WHERE lower(text) = @type)";
            where.Add($"(e.event_type_id IN {Matching} OR e.sub_event_type_id IN {Matching})");
            cmd.Parameters.AddWithValue("type", type.ToLowerInvariant());
        }
    }
}
