using Truce.Domain.Adjudication;

namespace Truce.Server.Apis;

/// <summary>One stakeholder's verdict on an event: the outcome and the rule that decided it (docs/adjudication.md).</summary>
public sealed record StakeholderVerdictDto(string Stakeholder, VerdictOutcome Outcome, VerdictReason Rule);
