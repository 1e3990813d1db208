namespace Truce.Domain.Errors;

/// <summary>
/// A record of an input file that cannot be read: where (file, 1-based line and column, field
/// name) and why. <see cref="Exception.Message"/> reads as one line: <c>file:line:column (field): reason</c>.
/// </summary>
public sealed class DataFormatException : TruceException
{
    public DataFormatException(string file, long line, int column, string? field, string reason)
        : base(Format(file, line, column, field, reason))
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Reason = reason;
    }

    public DataFormatException()
        : this("", 0, 0, null, "unreadable input")
    {
    }

    public DataFormatException(string message)
        : this("", 0, 0, null, message)
    {
    }

    public DataFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        File = "";
        Reason = message;
    }

    /// <summary>The file's name as given to the reader.</summary>
    public string File { get; }

    /// <summary>1-based physical line where the offending field starts; 0 for the whole file.</summary>
    public long Line { get; }

    /// <summary>1-based field position in the record; 0 when the problem is the whole record or file.</summary>
    public int Column { get; }

    /// <summary>Column name from the header, when known.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Reason { get; }

    private static string Format(string file, long line, int column, string? field, string reason)
    {
        var where = column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}";
        return field is null ? $"{where}: {reason}" : $"{where} ({field}): {reason}";
    }
}
