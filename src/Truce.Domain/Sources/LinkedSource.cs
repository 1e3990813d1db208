namespace Truce.Domain.Sources;

/// <summary>A source cited for a subject, with who linked it and when.</summary>
/// <param name="Source">The source.</param>
/// <param name="LinkedBy">Who linked it to the subject.</param>
/// <param name="LinkedAt">When (UTC, to the millisecond).</param>
public sealed record LinkedSource(Source Source, string LinkedBy, DateTimeOffset LinkedAt);
