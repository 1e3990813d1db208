namespace Truce.Storage.Sqlite.Events;

/// <summary>
/// The columns of <c>events</c>. A row holds what queries filter and sum on; repeated text
/// (types, actors, dyads, source admin names) is stored once in <c>labels</c>; the full record
/// is re-read from the archived source file (<c>src_offset</c>, <c>src_length</c>).
/// </summary>
internal static class EventColumns
{
    public static readonly string[] Insert =
    [
        "dataset", "source_id", "revision", "recorded_at", "import_id", "line", "src_offset", "src_length", "content_hash",
        "date_start", "date_end", "date_prec", "geo_prec", "lat", "lon", "best", "low", "high", "adm1", "adm2", "adm3",
        "violence_type", "event_type_id", "sub_event_type_id", "actor1_id", "actor2_id", "assoc1_id", "assoc2_id",
        "dyad_id", "source_admin1_id",
    ];

    public static string InsertSql { get; } = InsertRows(1);

    /// <summary>An insert of <paramref name="rows"/> rows: row r's column c is parameter <c>r * Insert.Length + c + 1</c>.</summary>
    /// <remarks>
    /// <c>OR FAIL</c>: a refused row stops the statement without undoing the rows it already
    /// inserted, so SQLite keeps no statement journal for it. With the default (<c>ABORT</c>), a
    /// multi-row insert first copies each page the file already had and it changes (for an append,
    /// the table's last page, every statement) to a temporary file: 1.27 GB for 1M rows
    /// (bench/README.md, session 13). An import that meets an error is rolled back whole anyway.
    /// </remarks>
    public static string InsertRows(int rows) =>
        $"INSERT OR FAIL INTO events ({string.Join(", ", Insert)}) VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(r * Insert.Length + 1, Insert.Length).Select(i => $"?{i}")) + ")"));

    /// <summary>What a query reads to rebuild a revision: 0 revision, 1 recorded_at, 2 superseded_at, 3 adm1, 4 adm2, 5 adm3, 6 import_id, 7 src_offset, 8 src_length.</summary>
    public const string SelectList = "e.revision, e.recorded_at, e.superseded_at, e.adm1, e.adm2, e.adm3, e.import_id, e.src_offset, e.src_length";
}
