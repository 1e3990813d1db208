using Truce.Domain.Access;

namespace Truce.Server.Access;

/// <summary>
/// Endpoint metadata: who may call the endpoint — callers holding <see cref="Required"/> (the
/// public holds <see cref="Permissions.ReadPublished"/>; <see cref="Permissions.None"/> lets every
/// caller in). Every endpoint carries one (<see cref="AccessConventions"/>); the server will not start otherwise.
/// </summary>
/// <param name="Required">The permissions a caller must hold.</param>
public sealed record EndpointAccess(Permissions Required)
{
    /// <summary>The roles whose grants include <see cref="Required"/> (before any token scope narrows them), as written: <c>public</c>, <c>party:*</c>, ...</summary>
    public IReadOnlyList<string> Roles { get; } = Enum.GetValues<Role>()
        .Where(r => (Domain.Access.Roles.Grants(r) & Required) == Required)
        .Select(r => r == Role.Party ? "party:*" : Domain.Access.Roles.Name(r))
        .ToArray();
}
