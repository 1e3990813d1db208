namespace Truce.Domain.Access;

/// <summary>
/// What each <see cref="Role"/> may do (issue 6), and role names as written (<c>admin</c>,
/// <c>monitor</c>, <c>analyst</c>, <c>party:NAME</c>, <c>public</c>).
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>public</term><description>read-published</description></item>
/// <item><term>analyst</term><description>read-published, read-non-confidential</description></item>
/// <item><term>party</term><description>read-published, read-own-compartment, submit-own-sites, run-checks</description></item>
/// <item><term>monitor</term><description>every read, write-events, adjudicate, verify-audit, run-checks (not manage-users, not submit-own-sites)</description></item>
/// <item><term>admin</term><description>everything</description></item>
/// </list>
/// </remarks>
public static class Roles
{
    private const string PartyPrefix = "party:";

    /// <summary>The permissions a role grants.</summary>
    public static Permissions Grants(Role role) => role switch
    {
        Role.Public => Permissions.ReadPublished,
        Role.Analyst => Permissions.ReadPublished | Permissions.ReadNonConfidential,
        Role.Party => Permissions.ReadPublished | Permissions.ReadOwnCompartment | Permissions.SubmitOwnSites | Permissions.RunChecks,
        Role.Monitor => Permissions.ReadPublished | Permissions.ReadNonConfidential | Permissions.ReadConfidential
            | Permissions.WriteEvents | Permissions.Adjudicate | Permissions.VerifyAudit | Permissions.RunChecks,
        Role.Admin => Permissions.All,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    /// <summary>The role's lower-case name without a party: <c>admin</c>, <c>monitor</c>, <c>analyst</c>, <c>party</c>, <c>public</c>.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Public => "public",
        Role.Analyst => "analyst",
        Role.Party => "party",
        Role.Monitor => "monitor",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    /// <summary>The role as written, with its party: <c>party:syrian-opposition</c>, <c>monitor</c>.</summary>
    public static string Name(Role role, string? party) => role == Role.Party ? PartyPrefix + party : Name(role);

    /// <summary>
    /// Parses a role as written (<c>admin</c>, <c>monitor</c>, <c>analyst</c>, <c>public</c>,
    /// <c>party:NAME</c>, the party name given by <see cref="IsPartyName"/>); false with a reason when it is not one.
    /// </summary>
    public static bool TryParse(string text, out Role role, out string? party, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        (role, party, error) = (Role.Public, null, null);
        if (text.StartsWith(PartyPrefix, StringComparison.Ordinal))
        {
            party = text[PartyPrefix.Length..];
            role = Role.Party;
            if (IsPartyName(party))
            {
                return true;
            }

            error = $"'{party}' is not a party name (lower-case letters, digits and hyphens, 1 to 64)";
            party = null;
            return false;
        }

        foreach (var r in Enum.GetValues<Role>())
        {
            if (r != Role.Party && string.Equals(Name(r), text, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }

        error = $"'{text}' is not a role (admin, monitor, analyst, party:NAME, public)";
        return false;
    }

    /// <summary>A party name: 1 to 64 lower-case ASCII letters, digits and hyphens, not starting or ending with a hyphen.</summary>
    public static bool IsPartyName(string? name) =>
        name is { Length: > 0 and <= 64 }
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name[0] != '-' && name[^1] != '-';
}
