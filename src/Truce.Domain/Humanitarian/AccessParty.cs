namespace Truce.Domain.Humanitarian;

/// <summary>
/// A party denials and attacks are tallied for: the names by which a convoy row's blocking party
/// (its source's words) names it. A row may name several (an attribution "Russia or Syria" names both).
/// </summary>
public sealed record AccessParty(string Id, string Name, IReadOnlyList<string> Names)
{
    /// <summary>True when <paramref name="statement"/> names this party (a name occurs in it, ignoring case).</summary>
    public bool NamedIn(string statement) => Names.Any(n => statement.Contains(n, StringComparison.OrdinalIgnoreCase));
}
