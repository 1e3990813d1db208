using Truce.Domain.Access;

namespace Truce.Server.Apis;

/// <summary>Who is calling.</summary>
/// <param name="User">The user name; absent for the public.</param>
/// <param name="Role">admin, monitor, analyst, party:NAME or public.</param>
/// <param name="Party">The party of a party user.</param>
/// <param name="Permissions">What the caller may do (its role's grants within its token's scopes).</param>
/// <param name="ExpiresAt">When the token or sign-in used expires; absent for the public.</param>
public sealed record CallerDto(string? User, string Role, string? Party, IReadOnlyList<string> Permissions, DateTimeOffset? ExpiresAt)
{
    public static CallerDto Of(Caller caller, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(caller.User, caller.RoleName, caller.Party, PermissionNames.Of(caller.Permissions), expiresAt);
    }
}
