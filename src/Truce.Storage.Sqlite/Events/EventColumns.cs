namespace Truce.Storage.Sqlite.Events;

/// <summary>The columns of <c>events</c> that hold a record's fields, in binding and reading order.</summary>
internal static class EventColumns
{
    /// <summary>Columns after the bookkeeping ones (rev_id … content_hash).</summary>
    public static readonly string[] Fields =
    [
        "date_start", "date_end", "date_prec", "geo_prec", "lat", "lon", "best", "low", "high", "adm1", "adm2", "adm3",
        "violence_type", "event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor1", "actor2", "assoc_actor2",
        "inter1", "inter2", "interaction", "civilian_targeting", "dyad", "conflict_name", "country", "iso", "region",
        "admin1_name", "admin2_name", "admin3_name", "location", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "number_of_sources", "timestamp", "claimed_target", "sources", "source_scale", "notes",
    ];

    public static readonly string[] Bookkeeping =
        ["dataset", "source_id", "revision", "recorded_at", "superseded_at", "import_id", "line", "content_hash"];

    public static string InsertSql { get; } =
        $"INSERT INTO events ({string.Join(", ", Bookkeeping)}, {string.Join(", ", Fields)}) VALUES ("
        + string.Join(", ", Enumerable.Range(1, Bookkeeping.Length + Fields.Length).Select(i => $"?{i}")) + ")";

    /// <summary>Select list: rev_id, bookkeeping, fields, then the source row's header and blob.</summary>
    public static string SelectList { get; } =
        "e.rev_id, " + string.Join(", ", Bookkeeping.Select(c => "e." + c)) + ", " + string.Join(", ", Fields.Select(c => "e." + c))
        + ", s.header_id, s.fields";
}
