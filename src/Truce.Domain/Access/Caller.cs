namespace Truce.Domain.Access;

/// <summary>
/// Who is asking: a signed-in user (with the role, party and token scopes it called with) or the
/// anonymous public. What it may do is what its role grants, narrowed by its token's scopes.
/// </summary>
/// <param name="User">The user name; null for the public.</param>
/// <param name="Role">The user's role; <see cref="Role.Public"/> for the public.</param>
/// <param name="Party">The party of a <see cref="Role.Party"/> user, else null.</param>
/// <param name="Scopes">What the token used allows (<see cref="Permissions.All"/> when it is not narrowed).</param>
public sealed record Caller(string? User, Role Role, string? Party, Permissions Scopes)
{
    /// <summary>The caller who gave no credentials.</summary>
    public static Caller Public { get; } = new(null, Role.Public, null, Permissions.All);

    /// <summary>True for the public (no credentials).</summary>
    public bool IsAnonymous => User is null;

    /// <summary>What this caller may do: its role's grants within its token's scopes.</summary>
    public Permissions Permissions => Roles.Grants(Role) & Scopes;

    /// <summary>True when the caller holds every permission in <paramref name="required"/>.</summary>
    public bool Can(Permissions required) => (Permissions & required) == required;

    /// <summary>
    /// True when the caller may read the compartment of <paramref name="party"/>: any caller that may
    /// read confidential data, or that party itself (with <see cref="Permissions.ReadOwnCompartment"/>).
    /// </summary>
    public bool CanReadCompartment(string party) =>
        Can(Permissions.ReadConfidential)
        || (Role == Role.Party && string.Equals(Party, party, StringComparison.Ordinal) && Can(Permissions.ReadOwnCompartment));

    /// <summary>The role as written: <c>party:NAME</c>, <c>monitor</c>, <c>public</c>.</summary>
    public string RoleName => Roles.Name(Role, Party);
}
