using System.Globalization;
using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Domain.Sources;
using Truce.Domain.Time;
using Truce.Formats.Csv;

namespace Truce.Formats.Humanitarian;

/// <summary>
/// Reads a casualty series (docs/humanitarian.md, "Casualty series"): a CSV with at least
/// <c>date</c>, <c>area</c>, <c>killed</c>, <c>source</c>, and optionally <c>id</c>, <c>date_end</c>,
/// <c>area_name</c>, <c>killed_high</c>, <c>qualifier</c>, <c>series</c>, <c>source_key</c>,
/// <c>source_url</c>, <c>source_quote</c>, <c>source_flag</c>, <c>note</c>. Strict: the first bad row
/// stops the read with its file, line, column and reason.
/// </summary>
public static class CasualtySeriesReader
{
    /// <summary>The columns every series must have.</summary>
    public static readonly string[] Required = ["date", "area", "killed", "source"];

    /// <summary>Every column, in the order <see cref="HumanitarianTableWriter"/> writes them.</summary>
    public static readonly string[] Columns =
        ["id", "series", "date", "date_end", "area", "area_name", "killed", "killed_high", "qualifier", "source", "source_key", "source_url", "source_quote", "source_flag", "note"];

    /// <summary>Qualifiers a figure may carry.</summary>
    public static readonly string[] Qualifiers = ["", "at least", "as many as", "about", "more than"];

    /// <exception cref="DataFormatException">The first bad row, a missing or unknown column.</exception>
    public static IReadOnlyList<CasualtyFigure> Read(Stream stream, string file)
    {
        using var csv = new CsvReader(stream, file, leaveOpen: true);
        if (!csv.Read())
        {
            throw new DataFormatException(file, 1, 0, null, "the file is empty: expected a header row (date,area,killed,source)");
        }

        var header = csv.GetStrings().Select(h => h.Trim()).ToArray();
        foreach (var column in Required.Where(r => !header.Contains(r)))
        {
            throw new DataFormatException(file, 1, 0, column, $"the header has no column {column} (a casualty series needs {string.Join(", ", Required)})");
        }

        if (header.FirstOrDefault(h => !Columns.Contains(h)) is { } unknown)
        {
            throw new DataFormatException(file, 1, Array.IndexOf(header, unknown) + 1, unknown, $"unknown column {unknown} (known: {string.Join(", ", Columns)})");
        }

        var rows = new List<CasualtyFigure>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var series = Path.GetFileNameWithoutExtension(file);
        while (csv.Read())
        {
            if (csv.FieldCount != header.Length)
            {
                throw csv.RecordError($"{csv.FieldCount} fields where the header has {header.Length}");
            }

            var fields = csv.GetStrings();
            var row = new Row(file, csv.Line, header, fields);
            var id = row["id"].Length > 0 ? row["id"] : csv.Line.ToString(CultureInfo.InvariantCulture);
            if (!ids.Add(id))
            {
                throw row.Error("id", $"id {id} appears twice");
            }

            rows.Add(Figure(row, id, row["series"].Length > 0 ? row["series"] : series));
        }

        return rows;
    }

    private static CasualtyFigure Figure(Row row, string id, string series)
    {
        var from = PartialDate.Parse(row["date"], row.File, row.Line, row.Column("date"), "date") ?? throw row.Error("date", "empty: every figure needs a date");
        var to = PartialDate.Parse(row["date_end"], row.File, row.Line, row.Column("date_end"), "date_end") ?? from;
        if (to.Latest < from.Earliest)
        {
            throw row.Error("date_end", $"{to.Text} is before the first day {from.Text}");
        }

        var area = row["area"];
        if (area.Length == 0)
        {
            throw row.Error("area", "empty: every figure needs an area (a P-code or a name)");
        }

        var killed = Count(row, "killed") ?? throw row.Error("killed", "empty: every figure needs a number killed");
        var high = Count(row, "killed_high");
        if (high < killed)
        {
            throw row.Error("killed_high", $"{high} is below killed {killed}");
        }

        var qualifier = row["qualifier"];
        if (!Qualifiers.Contains(qualifier))
        {
            throw row.Error("qualifier", $"unknown qualifier '{qualifier}' (one of: {string.Join(", ", Qualifiers.Skip(1))}, or empty)");
        }

        var source = row["source"];
        if (source.Length == 0)
        {
            throw row.Error("source", "empty: every figure needs its source");
        }

        return new CasualtyFigure(series, id, from, to, area, row["area_name"], killed, high, qualifier, source,
            new SourceRef(row.File, id, Null(row["source_key"]), Null(row["source_url"]), Null(row["source_quote"]), Null(row["source_flag"])), row["note"]);
    }

    private static int? Count(Row row, string column)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw row.Error(column, $"'{text}' is not a whole number");
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;

    private sealed class Row(string file, long line, string[] header, string[] fields)
    {
        public string File => file;

        public long Line => line;

        public string this[string column] => Array.IndexOf(header, column) is var i and >= 0 ? fields[i].Trim() : "";

        public int Column(string column) => Array.IndexOf(header, column) + 1;

        public DataFormatException Error(string column, string reason) => new(file, line, Column(column), column, reason);
    }
}
