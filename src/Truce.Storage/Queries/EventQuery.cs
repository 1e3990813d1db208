namespace Truce.Storage.Queries;

/// <summary>
/// A filter over events. Dates select on the event's first day (inclusive); <see cref="Admin"/>
/// matches an assigned P-code at any level; <see cref="Actor"/> matches actor 1, actor 2 or the
/// associated actors, case-insensitively, as a substring; <see cref="Type"/> matches the event
/// type or sub-type exactly, ignoring case. <see cref="AsOf"/> answers as the record stood then.
/// </summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public BoundingBox? Bbox { get; init; }

    public string? Admin { get; init; }

    public string? Actor { get; init; }

    public string? Type { get; init; }

    /// <summary>Answer as known at this instant (revisions recorded later are invisible); null for now.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }

    public int Offset { get; init; }

    /// <summary>
    /// Return events in the order they were stored (import by import, file order) instead of by
    /// date: much faster for reading everything, since each archived chunk is then decompressed once.
    /// </summary>
    public bool StorageOrder { get; init; }
}
