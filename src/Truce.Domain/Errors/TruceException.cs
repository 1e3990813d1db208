namespace Truce.Domain.Errors;

/// <summary>
/// Base of the exceptions Truce throws for problems in data (not for misuse of its API, which
/// gets the BCL's argument exceptions). Callers at a boundary (CLI verb, HTTP endpoint) catch this
/// family and report it; nothing else is caught there.
/// </summary>
public class TruceException : Exception
{
    public TruceException()
    {
    }

    public TruceException(string message)
        : base(message)
    {
    }

    public TruceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
