using Truce.Domain.Access;

namespace Truce.Server.Access;

/// <summary>
/// Endpoint metadata: who may call the endpoint — callers holding <see cref="Required"/> (the
/// public holds <see cref="Permissions.ReadPublished"/>; <see cref="Permissions.None"/> lets every
/// caller in). Every endpoint carries one (<see cref="AccessConventions"/>); the server will not start otherwise.
/// </summary>
/// <param name="Required">The permissions a caller must hold.</param>
/// <param name="Alternative">Another set that lets a caller in as well (e.g. a party reading its own compartment where a monitor reads everyone's); null: none.</param>
public sealed record EndpointAccess(Permissions Required, Permissions? Alternative = null)
{
    /// <summary>The roles whose grants include <see cref="Required"/> or <see cref="Alternative"/> (before any token scope narrows them), as written: <c>public</c>, <c>party:*</c>, ...</summary>
    public IReadOnlyList<string> Roles { get; } = Enum.GetValues<Role>()
        .Where(r => Holds(Domain.Access.Roles.Grants(r), Required, Alternative))
        .Select(r => r == Role.Party ? "party:*" : Domain.Access.Roles.Name(r))
        .ToArray();

    /// <summary>True when a caller with <paramref name="permissions"/> may call.</summary>
    public bool Admits(Permissions permissions) => Holds(permissions, Required, Alternative);

    private static bool Holds(Permissions held, Permissions required, Permissions? alternative) =>
        (held & required) == required || (alternative is { } alt && (held & alt) == alt);
}
