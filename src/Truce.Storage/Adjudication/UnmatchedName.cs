namespace Truce.Storage.Adjudication;

/// <summary>An event actor name the registry does not match: the role it plays (actor1, actor2), how many current events use it, the parts that failed and the ids the other parts matched.</summary>
public sealed record UnmatchedName(string Name, string Role, int Events, IReadOnlyList<string> UnmatchedParts, IReadOnlyList<string> Matched);
