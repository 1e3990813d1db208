using Truce.Domain.Actors;

namespace Truce.Formats.Ucdp;

/// <summary>One actor of the UCDP actor list with the relations the list states for it.</summary>
/// <param name="Actor">The actor: id <c>ucdp:N</c>, UCDP's data name, every other name as an alias.</param>
/// <param name="Links">Splinter-of, alliance and group memberships (UCDP gives no dates for them).</param>
/// <param name="Line">Physical line of the record.</param>
public sealed record UcdpActorRecord(Actor Actor, IReadOnlyList<ActorLink> Links, long Line);
