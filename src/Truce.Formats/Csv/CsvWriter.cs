namespace Truce.Formats.Csv;

/// <summary>Writes RFC 4180 records (comma, CRLF-free LF line ends, quotes where needed) to a text writer.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    private bool _first = true;

    public void Field(string? value)
    {
        if (!_first)
        {
            writer.Write(',');
        }

        _first = false;
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public void EndRecord()
    {
        writer.Write('\n');
        _first = true;
    }

    public void Record(IEnumerable<string?> values)
    {
        foreach (var v in values)
        {
            Field(v);
        }

        EndRecord();
    }
}
