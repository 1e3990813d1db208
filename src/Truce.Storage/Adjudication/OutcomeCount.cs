using Truce.Domain.Adjudication;

namespace Truce.Storage.Adjudication;

/// <summary>How many verdicts of the latest run have an outcome under an agreement for a stakeholder, and how many of them are disputed.</summary>
public sealed record OutcomeCount(string Agreement, string Stakeholder, VerdictOutcome Outcome, long Count, long Disputed);
