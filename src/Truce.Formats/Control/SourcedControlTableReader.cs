using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Domain.Time;
using Truce.Formats.Csv;

namespace Truce.Formats.Control;

/// <summary>
/// Reads a sourced control table: one control interval per row, for a neighbourhood (by OCHA
/// P-code) or a named area, each row citing its source (layout of <c>aleppo_control.csv</c>,
/// data/aleppo-2016/README.md section 3). Strict: the first bad row stops the read.
/// </summary>
/// <remarks>
/// Each row becomes an area <see cref="ControlRecord"/> with id <c>file#row_id</c>. A row with a
/// P-code gets that polygon from the caller's layer; a row without one (an area no layer maps) is
/// kept with a null geometry, never dropped. A row of scope <c>area</c> that nevertheless names a
/// P-code (the compiler matched the area to a polygon) keeps the code and its polygon. Dates
/// widen: <c>From</c> is the first day the stated start allows, <c>To</c> the last day the stated
/// end allows. Not thread-safe.
/// </remarks>
public sealed class SourcedControlTableReader(Stream stream, string fileName, IReadOnlyDictionary<string, Geometry> polygons) : IDisposable
{
    private static readonly string[] Required =
        ["row_id", "scope_level", "neighbourhood_pcode", "name_in_source", "controller", "controller_detail", "from_date", "to_date",
         "confidence", "source_flag", "source_key", "source_url", "source_quote"];

    private readonly CsvReader _csv = new(stream, fileName);

    /// <summary>Reads every row.</summary>
    /// <exception cref="DataFormatException">A wrong header; an unknown scope level or confidence; a P-code
    /// not in the layer; a neighbourhood row without a P-code; a bad date; an end before the start; a repeated row id.</exception>
    public IReadOnlyList<ControlRecord> Read()
    {
        ArgumentNullException.ThrowIfNull(polygons);
        var names = _csv.ReadHeader(Required, "a sourced control table");
        var header = new CsvHeader(names);
        var record = new CsvRecord(_csv, names, keepOriginal: false, new Utf8StringPool());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ControlRecord>();
        while (_csv.Read())
        {
            if (_csv.FieldCount != names.Length)
            {
                throw _csv.RecordError($"{_csv.FieldCount} fields where the header has {names.Length}");
            }

            result.Add(ReadRow(record, header, seen));
        }

        return result;
    }

    public void Dispose() => _csv.Dispose();

    private ControlRecord ReadRow(CsvRecord record, CsvHeader header, HashSet<string> seen)
    {
        var rowColumn = header["row_id"];
        var rowId = record.RequiredText(rowColumn).Trim();
        if (!seen.Add(rowId))
        {
            throw record.Error(rowColumn, $"row id {rowId} appears twice");
        }

        var scopeColumn = header["scope_level"];
        var scope = record.RequiredText(scopeColumn).Trim();
        if (scope is not ("neighbourhood" or "area"))
        {
            throw record.Error(scopeColumn, $"'{scope}' is not a scope level (neighbourhood or area)");
        }

        var codeColumn = header["neighbourhood_pcode"];
        var pcode = record.Text(codeColumn)?.Trim();
        Geometry? geometry = null;
        if (string.IsNullOrEmpty(pcode))
        {
            pcode = null;
            if (scope == "neighbourhood")
            {
                throw record.Error(codeColumn, "is empty but required for a neighbourhood row");
            }
        }
        else if (!polygons.TryGetValue(pcode, out geometry))
        {
            throw record.Error(codeColumn, $"P-code {pcode} is not in the neighbourhood layer");
        }

        var from = Date(record, header["from_date"], "from_date");
        var toColumn = header["to_date"];
        var to = Date(record, toColumn, "to_date");
        if (from is not null && to is not null && to.Latest < from.Earliest)
        {
            throw record.Error(toColumn, $"ends ({to}) before it starts ({from})");
        }

        return new ControlRecord
        {
            Id = $"{Path.GetFileName(fileName)}#{rowId}",
            Controller = record.RequiredText(header["controller"]).Trim(),
            ControllerDetail = record.Text(header["controller_detail"]),
            Shape = ControlShape.Area,
            AreaCode = pcode,
            Name = record.Text(header["name_in_source"]),
            Geometry = geometry,
            From = from?.Earliest,
            To = to?.Latest,
            FromStated = from,
            ToStated = to,
            DateBasis = Join(record.Text(header["date_basis"]), record.Text(header["date_qualifiers"])),
            Confidence = Confidence(record, header["confidence"]),
            Source = new SourceRef(Path.GetFileName(fileName), rowId, record.Text(header["source_key"]), record.Text(header["source_url"]),
                record.Text(header["source_quote"]), record.Text(header["source_flag"])),
        };
    }

    private PartialDate? Date(CsvRecord record, int column, string field) =>
        PartialDate.Parse(record.Text(column), fileName, _csv.FieldLine(column), column + 1, field);

    private static Confidence Confidence(CsvRecord record, int column) => record.RequiredText(column).Trim() switch
    {
        "high" => Domain.Sources.Confidence.High,
        "medium" => Domain.Sources.Confidence.Medium,
        "low" => Domain.Sources.Confidence.Low,
        var other => throw record.Error(column, $"'{other}' is not a confidence (high, medium or low)"),
    };

    private static string? Join(string? basis, string? qualifiers) =>
        qualifiers is null ? basis : basis is null ? qualifiers : $"{basis}; {qualifiers}";
}
