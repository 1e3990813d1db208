namespace Truce.Storage.Sites;

/// <summary>What one party linked to a side of a flagged event knew and asked about the site.</summary>
/// <param name="Party">The party (as <see cref="PartyActor.Party"/> names it).</param>
/// <param name="Notified">Null when the site revision that flags the event was not notified to this party; else when that notification came relative to the event.</param>
/// <param name="NotifiedAt">When that revision was notified; null when not notified to this party.</param>
/// <param name="Checks">The party's checks covering the event's location, oldest first; empty when it checked none.</param>
public sealed record PartyFinding(string Party, RelativeTiming? Notified, DateTimeOffset? NotifiedAt, IReadOnlyList<CoveringCheck> Checks);
