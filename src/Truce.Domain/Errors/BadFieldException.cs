namespace Truce.Domain.Errors;

/// <summary>
/// A value given for a named field is not acceptable (a source without a URL, quote or file; an
/// unknown grade; a file hash the store never saw). <see cref="Exception.Message"/> reads
/// <c>field: reason</c>; the HTTP edge turns it into a 400 problem naming the field.
/// </summary>
public sealed class BadFieldException : TruceException
{
    public BadFieldException(string field, string reason)
        : base($"{field}: {reason}")
    {
        Field = field;
        Reason = reason;
    }

    public BadFieldException()
        : this("", "bad value")
    {
    }

    public BadFieldException(string message)
        : this("", message)
    {
    }

    public BadFieldException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Field = "";
        Reason = message;
    }

    /// <summary>The field's name as the caller wrote it (<c>url</c>, <c>grade</c>, <c>sha256</c>).</summary>
    public string Field { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Reason { get; }
}
