using Truce.Formats.Reading;

namespace Truce.Storage.Import;

/// <summary>
/// What one import did: records read, new records, new revisions, unchanged, rejected, and the
/// file's SHA-256. An import that adds and revises nothing writes nothing at all (not even a copy
/// of the file): its <see cref="ImportId"/> is 0.
/// </summary>
public sealed record ImportReceipt(
    long ImportId,
    long Read,
    long Added,
    long Revised,
    long Unchanged,
    long Rejected,
    long AssignedAdmin,
    string Sha256,
    IReadOnlyList<ImportWarning> Warnings,
    int WarningCount,
    TimeSpan Elapsed);
