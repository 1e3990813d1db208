using Truce.Domain.Adjudication;

namespace Truce.Server.Apis;

/// <summary>STAND-IN (see <see cref="UiFallbackVerdictsApi"/>): one verdict with its facts.</summary>
public sealed record UiFallbackVerdict(string Agreement, string Stakeholder, VerdictOutcome Outcome, VerdictReason Reason, bool Disputed, IReadOnlyList<UiFallbackFact> Facts);
