namespace Truce.Storage.Sites;

/// <summary>What the record says a side of an event did.</summary>
public enum SideRole
{
    /// <summary>The striker as the record states it: UCDP side A of one-sided violence, ACLED actor 1 (the initiator).</summary>
    Striker,

    /// <summary>A side of UCDP state-based or non-state violence: the record does not say which side struck, so every side may have.</summary>
    PossibleStriker,

    /// <summary>The side struck as the record states it: UCDP side B of one-sided violence, ACLED actor 2.</summary>
    Target,
}
