namespace Truce.Domain.Actors;

/// <summary>How an event's actor name was matched to the registry.</summary>
public enum ActorMatchKind
{
    /// <summary>No name given.</summary>
    Empty = 0,

    /// <summary>The whole name is one registry actor's name or alias.</summary>
    Whole = 1,

    /// <summary>The name lists several actors (UCDP joins a coalition's members with ", "); each part matched.</summary>
    Parts = 2,

    /// <summary>The name, or one of its parts, is unknown to the registry or names several actors.</summary>
    Unmatched = 3,
}

/// <summary>The result of matching one name: the actors it stands for, or what could not be matched.</summary>
public sealed record ActorMatch(string Name, ActorMatchKind Kind, IReadOnlyList<string> ActorIds, IReadOnlyList<string> UnmatchedParts)
{
    public static readonly ActorMatch None = new("", ActorMatchKind.Empty, [], []);
}
