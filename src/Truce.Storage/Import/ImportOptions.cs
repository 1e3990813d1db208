using Truce.Domain.Errors;

namespace Truce.Storage.Import;

/// <summary>How an import treats rejects and reports progress.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// When true, a record that cannot be stored (a second, different version of one id in the
    /// same file) is rejected and the import goes on; when false (the default) it stops the import.
    /// Set it together with <c>ReaderOptions.SkipBadRows</c>.
    /// </summary>
    public bool SkipBadRows { get; init; }

    /// <summary>Called for every rejected record when the reader skips bad rows.</summary>
    public Action<DataFormatException>? OnReject { get; init; }

    /// <summary>Receives bytes read so far, now and then.</summary>
    public IProgress<long>? Progress { get; init; }
}
