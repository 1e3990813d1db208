namespace Truce.Storage.Import;

/// <summary>What one import did: records read, new records, new revisions, unchanged, rejected.</summary>
public sealed record ImportReceipt(
    long ImportId,
    long Read,
    long Added,
    long Revised,
    long Unchanged,
    long Rejected,
    long AssignedAdmin,
    TimeSpan Elapsed);
