namespace Truce.Storage.Adjudication;

/// <summary>One adjudication: when, over which inputs (SHA-256 of all input files and the event record), how many events and verdicts.</summary>
public sealed record AdjudicationRun(long Id, DateTimeOffset RecordedAt, string InputsSha256, long Events, long Verdicts);
