namespace Truce.Domain.Actors;

/// <summary>How two actors are related in a lineage.</summary>
public enum ActorLinkKind
{
    /// <summary>The actor took a new name from a date; the target is the renamed actor.</summary>
    RenamedTo = 1,

    /// <summary>The actor split from the target.</summary>
    SplinterOf = 2,

    /// <summary>The actor merged into the target.</summary>
    MergedInto = 3,

    /// <summary>The actor belongs to an alliance or collective label (the target).</summary>
    MemberOf = 4,
}
