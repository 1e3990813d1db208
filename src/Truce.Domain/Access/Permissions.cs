namespace Truce.Domain.Access;

/// <summary>
/// What a caller may do, as a set of flags. A role grants a set (<see cref="Roles.Grants"/>); a
/// token may be scoped to fewer. Each flag has a written name (<see cref="PermissionNames"/>):
/// <c>read-published</c>, <c>write-events</c>, ...
/// </summary>
[Flags]
public enum Permissions
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Read what is published (today every stored record: all of it is public data).</summary>
    ReadPublished = 1 << 0,

    /// <summary>Read everything that is not confidential (but not, say, a source's identity).</summary>
    ReadNonConfidential = 1 << 1,

    /// <summary>Read confidential data: sources' identities, every party's compartment.</summary>
    ReadConfidential = 1 << 2,

    /// <summary>Read the caller's own party compartment (its sites and positions).</summary>
    ReadOwnCompartment = 1 << 3,

    /// <summary>Import and revise events.</summary>
    WriteEvents = 1 << 4,

    /// <summary>Run adjudication and record verdicts.</summary>
    Adjudicate = 1 << 5,

    /// <summary>Verify the audit log.</summary>
    VerifyAudit = 1 << 6,

    /// <summary>Add, disable and list users; create and revoke anyone's tokens.</summary>
    ManageUsers = 1 << 7,

    /// <summary>Submit the caller's own party's protected sites and positions.</summary>
    SubmitOwnSites = 1 << 8,

    /// <summary>Run checks (deconfliction, claim checks) against the record.</summary>
    RunChecks = 1 << 9,

    /// <summary>Every permission there is.</summary>
    All = ReadPublished | ReadNonConfidential | ReadConfidential | ReadOwnCompartment | WriteEvents | Adjudicate | VerifyAudit | ManageUsers | SubmitOwnSites | RunChecks,
}
