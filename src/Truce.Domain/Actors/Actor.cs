namespace Truce.Domain.Actors;

/// <summary>
/// A canonical actor: an armed group, state force, civilians or other, with every name it is
/// known by (several languages and transliterations).
/// </summary>
public sealed record Actor
{
    /// <summary>Stable id, e.g. the UCDP actor id prefixed <c>ucdp:</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The canonical display name.</summary>
    public required string Name { get; init; }

    public ActorType Type { get; init; }

    /// <summary>Other names, spellings and transliterations.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>True when <paramref name="name"/> is the name or an alias, ignoring case.</summary>
    public bool IsKnownAs(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
}
