namespace Truce.Domain.Humanitarian;

/// <summary>What conditions read from the record besides the humanitarian rows.</summary>
public interface IConditionFacts
{
    /// <summary>Events on <paramref name="day"/> every stakeholder judges a violation of <paramref name="agreement"/>; null when there are no verdicts for it.</summary>
    int? ConsensusViolations(string agreement, DateOnly day);

    /// <summary>Whether <paramref name="agreement"/> is in force on some part of <paramref name="day"/>; null for an unknown agreement.</summary>
    bool? InForce(string agreement, DateOnly day);

    /// <summary>The parties bound by <paramref name="agreement"/> on <paramref name="day"/> and each stakeholder's exemption of them; null for an unknown agreement.</summary>
    IReadOnlyList<PartyExemption>? Exemptions(string agreement, DateOnly day);
}
