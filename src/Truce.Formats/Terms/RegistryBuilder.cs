using Truce.Domain.Actors;
using Truce.Domain.Designations;
using Truce.Domain.Errors;
using Truce.Formats.Ucdp;
using Truce.Formats.UnSanctions;

namespace Truce.Formats.Terms;

/// <summary>
/// Builds the registry: UCDP actors (ids <c>ucdp:N</c>); UN-listed entities — merged into the
/// registry actor the terms map them to, otherwise their own actor <c>un:QDe.N</c> — each with
/// its UN listing; then the terms' additions (new actors, types, aliases, dated names, links).
/// UCDP relations to ids the list does not carry (coalitions) get a collective placeholder
/// actor, reported in <see cref="Registry.Placeholders"/>.
/// </summary>
public static class RegistryBuilder
{
    /// <exception cref="DataFormatException">The terms map a UN entity the list lacks, or patch an unknown actor without naming it.</exception>
    public static Registry Build(IEnumerable<UcdpActorRecord> ucdp, IEnumerable<UnSanctionsRecord> unList, string unFile, Terms terms)
    {
        ArgumentNullException.ThrowIfNull(ucdp);
        ArgumentNullException.ThrowIfNull(unList);
        ArgumentNullException.ThrowIfNull(terms);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var links = new List<ActorLink>();
        foreach (var record in ucdp)
        {
            actors[record.Actor.Id] = record.Actor;
            links.AddRange(record.Links);
        }

        var designations = new List<Designation>(terms.Designations);
        var mapped = terms.UnList.ToDictionary(m => m.ReferenceNumber, StringComparer.Ordinal);
        var seenMapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in unList.Where(r => r.Kind == UnListedKind.Entity))
        {
            var listing = UnEntityConversion.ToListing(entry, unFile);
            var actor = UnEntityConversion.ToActor(entry);
            if (mapped.TryGetValue(entry.ReferenceNumber, out var map))
            {
                seenMapped.Add(entry.ReferenceNumber);
                if (!actors.TryGetValue(map.ActorId, out var target))
                {
                    throw new DataFormatException(unFile, entry.Line, 0, null, $"the terms map {entry.ReferenceNumber} to {map.ActorId}, which is not in the registry");
                }

                actors[map.ActorId] = target with { Aliases = [.. target.Aliases, actor.Name, .. actor.Aliases] };
                designations.Add(new Designation(actor.Id, "un", map.ActorId, map.Name, listing.ListedOn, null, listing.Source));
            }
            else
            {
                actors[actor.Id] = actor;
                designations.Add(new Designation(actor.Id, "un", actor.Id, null, listing.ListedOn, null, listing.Source));
            }
        }

        foreach (var map in terms.UnList.Where(m => !seenMapped.Contains(m.ReferenceNumber)))
        {
            throw new DataFormatException(map.Source.File, 0, 0, "un_list", $"the UN list {unFile} has no entity {map.ReferenceNumber}");
        }

        foreach (var patch in terms.Actors)
        {
            if (actors.TryGetValue(patch.Id, out var existing))
            {
                actors[patch.Id] = existing with
                {
                    Name = patch.Name ?? existing.Name,
                    Type = patch.Type ?? existing.Type,
                    Aliases = [.. existing.Aliases, .. patch.Aliases],
                };
            }
            else if (patch.Name is not null)
            {
                actors[patch.Id] = new Actor { Id = patch.Id, Name = patch.Name, Type = patch.Type ?? ActorType.Unknown, Aliases = patch.Aliases };
            }
            else
            {
                throw new DataFormatException(patch.Source.File, 0, 0, "actors", $"{patch.Id} is not in the registry; a new actor needs a name");
            }
        }

        links.AddRange(terms.Links);
        var placeholders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            foreach (var id in (string[])[link.FromActorId, link.ToActorId])
            {
                if (!actors.ContainsKey(id))
                {
                    placeholders.Add(id);
                    actors[id] = new Actor { Id = id, Name = $"{id} (UCDP coalition or alliance)", Type = ActorType.Collective };
                }
            }
        }

        var registry = new ActorRegistry(actors.Values, terms.Names, links);
        return new Registry(registry, [.. designations.OrderBy(d => d.Id, StringComparer.Ordinal)], [.. placeholders]);
    }
}
