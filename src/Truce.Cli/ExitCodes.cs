namespace Truce.Cli;

/// <summary>Exit codes of <c>truce</c>, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The input data is bad (file, line, column and reason on stderr); nothing was written.</summary>
    public const int BadData = 2;

    /// <summary>An option value is wrong (a date, a bbox, a format name).</summary>
    public const int Usage = 3;

    /// <summary>A file or database could not be opened.</summary>
    public const int NotFound = 4;

    /// <summary>Verification failed: the audit log, its checkpoints or the store were changed behind Truce's back (each problem on stderr).</summary>
    public const int Tampered = 5;
}
