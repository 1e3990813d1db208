using Truce.Domain.Errors;
using Truce.Formats.Csv;

namespace Truce.Formats.Terms;

/// <summary>
/// A sourced fact table (the Aleppo 2016 CSVs: one row per fact, an id column, <c>source_key</c>,
/// <c>source_url</c>, <c>source_quote</c>, <c>source_flag</c>), read whole (they are small) and
/// strictly: every row has the header's field count and a unique, non-empty id.
/// </summary>
public sealed class SourcedTable
{
    private readonly Dictionary<string, SourcedRow> _byId;

    private SourcedTable(string file, IReadOnlyList<string> header, List<SourcedRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _byId = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<SourcedRow> Rows { get; }

    public SourcedRow? Find(string id) => _byId.GetValueOrDefault(id);

    /// <exception cref="DataFormatException">No header, the id column or a required column missing, a short row, a duplicate id.</exception>
    public static SourcedTable Read(Stream stream, string file, string idColumn, params string[] required)
    {
        using var csv = new CsvReader(stream, file, leaveOpen: true);
        if (!csv.Read())
        {
            throw new DataFormatException(file, 1, 0, null, "the file is empty: expected a header row");
        }

        var header = csv.GetStrings();
        foreach (var column in required.Prepend(idColumn))
        {
            if (!header.Contains(column))
            {
                throw new DataFormatException(file, csv.Line, 0, null, $"the header has no column {column}");
            }
        }

        var idIndex = Array.IndexOf(header, idColumn);
        var rows = new List<SourcedRow>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.FieldCount != header.Length)
            {
                throw csv.RecordError($"{csv.FieldCount} fields where the header has {header.Length}");
            }

            var fields = csv.GetStrings();
            var id = fields[idIndex].Trim();
            if (id.Length == 0)
            {
                throw new DataFormatException(file, csv.Line, idIndex + 1, idColumn, "empty id");
            }

            if (!seen.TryAdd(id, csv.Line))
            {
                throw new DataFormatException(file, csv.Line, idIndex + 1, idColumn, $"id {id} already used on line {seen[id]}");
            }

            rows.Add(new SourcedRow(file, id, csv.Line, header, fields));
        }

        return new SourcedTable(file, header, rows);
    }

    public static SourcedTable Read(string path, string idColumn, params string[] required)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), idColumn, required);
    }
}
