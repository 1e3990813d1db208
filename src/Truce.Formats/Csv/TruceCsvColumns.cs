namespace Truce.Formats.Csv;

/// <summary>
/// The column layout of Truce's CSV export: ACLED's 31 columns in ACLED's order, then the columns
/// ACLED lacks. Documented in docs/formats.md.
/// </summary>
public static class TruceCsvColumns
{
    /// <summary>ACLED's export columns, in order.</summary>
    public static IReadOnlyList<string> Acled { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Columns after ACLED's: dataset and revision, UCDP semantics, assigned P-codes, the source row.</summary>
    public static IReadOnlyList<string> Extra { get; } =
    [
        "dataset", "revision", "recorded_at", "date_start", "date_end", "date_prec", "where_prec", "type_of_violence",
        "conflict_name", "dyad", "best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "number_of_sources", "claimed_target", "adm1_pcode", "adm2_pcode", "adm3_pcode", "original_fields",
    ];

    /// <summary>The whole header.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Acled, .. Extra];
}
