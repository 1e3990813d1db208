namespace Truce.Storage.Contract;

/// <summary>What a store holds: current events, all revisions, boundaries, imports, date range.</summary>
public sealed record StoreSummary(
    long CurrentEvents,
    long Revisions,
    long Boundaries,
    long Imports,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    long AssignedAdmin3,
    long Best);
