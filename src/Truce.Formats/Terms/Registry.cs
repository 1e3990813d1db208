using Truce.Domain.Actors;
using Truce.Domain.Designations;

namespace Truce.Formats.Terms;

/// <summary>The actor registry and every designation, as built from the actor list, the UN list and the terms.</summary>
/// <param name="Actors">The registry.</param>
/// <param name="Designations">Listings from the designations table and the UN list, in id order.</param>
/// <param name="Placeholders">Ids referenced by UCDP relations but absent from the list, added as collective placeholders.</param>
public sealed record Registry(ActorRegistry Actors, IReadOnlyList<Designation> Designations, IReadOnlyList<string> Placeholders);
