namespace Truce.Domain.Adjudication;

/// <summary>How a stakeholder treats a designated group that changes its name or merges into another.</summary>
public enum RenamingPolicy
{
    /// <summary>The listing follows the group from the day it renames or merges (the new name is the same group).</summary>
    FollowsGroup = 1,

    /// <summary>A new name is covered only from the day an authority formally lists it (adds the alias).</summary>
    FormalListingOnly = 2,
}
