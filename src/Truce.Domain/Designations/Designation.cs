using Truce.Domain.Sources;

namespace Truce.Domain.Designations;

/// <summary>
/// An authority lists an actor as terrorist from a day until a day (both inclusive; null open),
/// under a name. <see cref="Name"/> is the name the listing covers (e.g. the alias "Jabhat Fateh
/// al-Sham" added on 2016-11-10); null when the listing follows the actor under any name (the
/// authority's own list says so, or no renaming is at stake).
/// </summary>
/// <param name="Id">The record's id, e.g. <c>D15</c> or <c>un:QDe.137</c>.</param>
/// <param name="Authority">Who designates, by short id (e.g. <c>us</c>, <c>un</c>, <c>ru</c>).</param>
/// <param name="ActorId">The designated actor's registry id.</param>
/// <param name="Name">The name the listing covers; null for the actor under any name.</param>
/// <param name="From">First day listed (inclusive); null when the source gives no day.</param>
/// <param name="To">Last day listed (inclusive); null while listed.</param>
/// <param name="Source">The row that states the listing.</param>
public sealed record Designation(string Id, string Authority, string ActorId, string? Name, DateOnly? From, DateOnly? To, SourceRef Source)
{
    public bool IsActiveOn(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);
}
