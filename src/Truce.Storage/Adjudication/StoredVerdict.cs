using Truce.Domain.Adjudication;

namespace Truce.Storage.Adjudication;

/// <summary>A verdict as stored: event key (<c>dataset:source_id</c>), agreement, stakeholder, the event's first day, outcome, rule, whether stakeholders disagree, and the facts as JSON.</summary>
public sealed record StoredVerdict(string EventKey, string Agreement, string Stakeholder, DateOnly Day, VerdictOutcome Outcome, VerdictReason Reason, bool Disputed, string FactsJson);
