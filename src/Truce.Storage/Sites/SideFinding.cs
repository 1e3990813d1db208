namespace Truce.Storage.Sites;

/// <summary>One side of a flagged event, its role and the parties linked to its actor.</summary>
/// <param name="Side">The source column: <c>side_a</c>, <c>side_b</c> (UCDP) or <c>actor1</c>, <c>actor2</c> (ACLED).</param>
/// <param name="Actor">The actor as the event names it.</param>
/// <param name="Role">What the record says the side did.</param>
/// <param name="Parties">The parties linked to the actor (or to its parts, for a coalition named "A, B"), by name; empty when none is linked.</param>
public sealed record SideFinding(string Side, string Actor, SideRole Role, IReadOnlyList<PartyFinding> Parties);
