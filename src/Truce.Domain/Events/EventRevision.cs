namespace Truce.Domain.Events;

/// <summary>
/// One stored revision of an event: the record, its revision number (1 for the first version of
/// a source id), when Truce recorded it and when a later revision replaced it (null while current),
/// and the OCHA codes assigned to it.
/// </summary>
public sealed record EventRevision(
    ConflictEvent Event,
    int Revision,
    DateTimeOffset RecordedAt,
    DateTimeOffset? SupersededAt,
    AdminCodes Admin);
