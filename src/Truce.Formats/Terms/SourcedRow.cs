using Truce.Domain.Sources;

namespace Truce.Formats.Terms;

/// <summary>One row of a sourced fact table: its id, where it is, its fields by column name.</summary>
public sealed class SourcedRow(string file, string id, long line, IReadOnlyList<string> header, string[] fields)
{
    public string File => file;

    public string Id => id;

    /// <summary>Physical line where the row starts.</summary>
    public long Line => line;

    /// <summary>The value of a column (empty when the table has no such column).</summary>
    public string this[string column]
    {
        get
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (header[i] == column)
                {
                    return fields[i];
                }
            }

            return "";
        }
    }

    /// <summary>1-based column number of <paramref name="column"/>, 0 when absent.</summary>
    public int ColumnOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The row as a source reference (the table's <c>source_*</c> columns).</summary>
    public SourceRef Source => new(file, id, Empty(this["source_key"]), Empty(this["source_url"]), Empty(this["source_quote"]), Empty(this["source_flag"]));

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
