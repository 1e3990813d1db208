namespace Truce.Domain.Humanitarian;

/// <summary>Whether a condition holds on a day.</summary>
public enum ConditionOutcome
{
    Holds,
    Fails,

    /// <summary>The record cannot say (e.g. no adjudication run, an unknown agreement).</summary>
    Unknown,
}

/// <summary>A condition on a day: outcome, and what made it so, in words with the figures.</summary>
public sealed record ConditionResult(Precondition Condition, DateOnly At, ConditionOutcome Outcome, string Detail);

/// <summary>A run of days on which a condition had one outcome (both ends inclusive).</summary>
public sealed record ConditionSpan(string ConditionId, DateOnly From, DateOnly To, ConditionOutcome Outcome);

/// <summary>One party of an agreement on a day, and whether each stakeholder's reading exempts it.</summary>
public sealed record PartyExemption(string ActorId, string Name, IReadOnlyList<(string Stakeholder, bool Exempt)> ByStakeholder)
{
    public bool Agree => ByStakeholder.Select(s => s.Exempt).Distinct().Count() <= 1;
}
