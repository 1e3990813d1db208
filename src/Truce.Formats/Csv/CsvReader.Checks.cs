using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Unicode;
using Truce.Domain.Errors;

namespace Truce.Formats.Csv;

/// <summary>The reader's checks and errors: UTF-8 validation of each record, and errors at a line and column.</summary>
internal sealed partial class CsvReader
{
    /// <remarks>
    /// Checks the record's raw bytes in one call: delimiters, quotes and line ends are ASCII, so
    /// the raw bytes are valid exactly when every field is (the unescaped fields back to back are
    /// not: a field ending in a lead byte and the next starting with its continuation would pass).
    /// </remarks>
    private void ValidateUtf8(ReadOnlySpan<byte> raw)
    {
        if (Utf8.IsValid(raw))
        {
            return;
        }

        for (var i = 0; i < _count; i++)
        {
            var span = GetSpan(i);
            if (Utf8.IsValid(span))
            {
                continue;
            }

            var sink = new char[256];
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(span[offset..], sink, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    break;
                }
            }

            var bad = offset < span.Length ? span[offset].ToString("X2", CultureInfo.InvariantCulture) : "end";
            throw Error(_fieldLines[i], i + 1, $"invalid UTF-8: byte 0x{bad} at byte {offset + 1} of the field (save the file as UTF-8)");
        }

        throw new UnreachableException("raw bytes invalid as UTF-8 while every field is valid");
    }

    /// <summary>An error located at field <paramref name="column"/> (1-based) of the current record.</summary>
    public DataFormatException FieldError(int column, string reason) =>
        Error(column - 1 < _count ? _fieldLines[column - 1] : Line, column, reason);

    /// <summary>An error about the current record as a whole.</summary>
    public DataFormatException RecordError(string reason) => new(FileName, Line, 0, null, reason);

    private DataFormatException Error(long line, int column, string reason) =>
        new(FileName, line, column, Header is { } h && column >= 1 && column <= h.Count ? h[column - 1] : null, reason);

    /// <summary>
    /// Reads the header row of a file that must have the <paramref name="required"/> columns and makes it
    /// this reader's <see cref="Header"/>; <paramref name="layout"/> names the expected layout in errors
    /// ("the UCDP actor list").
    /// </summary>
    /// <exception cref="DataFormatException">The file is empty, or a required column is missing.</exception>
    internal string[] ReadHeader(IEnumerable<string> required, string layout)
    {
        if (!Read())
        {
            throw new DataFormatException(FileName, 1, 0, null, "the file is empty: expected a header row");
        }

        var names = GetStrings();
        var missing = new CsvHeader(names).Missing(required);
        if (missing.Count > 0)
        {
            throw new DataFormatException(FileName, Line, 0, null, $"the header is not {layout}: missing column(s) {string.Join(", ", missing)}");
        }

        Header = names;
        return names;
    }
}
