namespace Truce.Domain.Access;

/// <summary>
/// Who a caller is to Truce, which decides what it may do (<see cref="Roles.Grants"/>).
/// Every stored user has one role; <see cref="Public"/> is the caller who gave no credentials.
/// </summary>
public enum Role
{
    /// <summary>Anyone, not signed in: published data only.</summary>
    Public,

    /// <summary>Reads all non-confidential data.</summary>
    Analyst,

    /// <summary>A party to an agreement (with a party name): submits its own sites and positions, runs checks, reads public data and its own compartment.</summary>
    Party,

    /// <summary>The monitor: writes events, verifies, adjudicates, reads everything.</summary>
    Monitor,

    /// <summary>Everything a monitor does, and manages users.</summary>
    Admin,
}
