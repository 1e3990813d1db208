namespace Truce.Storage.Adjudication;

/// <summary>What an adjudication did: the run (null when inputs were unchanged since the last run, which is then reused), events judged, verdict counts by outcome.</summary>
public sealed record AdjudicationReceipt(AdjudicationRun Run, bool Reused, long Events, IReadOnlyDictionary<string, long> Outcomes, long Disputed);
