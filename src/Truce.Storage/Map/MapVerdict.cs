using Truce.Domain.Adjudication;

namespace Truce.Storage.Map;

/// <summary>One verdict of the latest run without its facts: event key, agreement, stakeholder, outcome, whether stakeholders disagree.</summary>
public readonly record struct MapVerdict(string EventKey, string Agreement, string Stakeholder, VerdictOutcome Outcome, bool Disputed);
