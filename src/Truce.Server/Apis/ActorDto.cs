using Truce.Domain.Actors;

namespace Truce.Server.Apis;

/// <summary>A registry actor: id, canonical name, type, aliases, the names it bore over time, and its lineage links out (what it became or joined) and in (who became or joined it).</summary>
public sealed record ActorDto(
    string Id,
    string Name,
    ActorType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorNameDto> Names,
    IReadOnlyList<ActorLinkDto> LinksOut,
    IReadOnlyList<ActorLinkDto> LinksIn)
{
    /// <param name="actor">The actor.</param>
    /// <param name="registry">The registry it belongs to.</param>
    /// <param name="outgoing">The registry's links by <see cref="ActorLink.FromActorId"/>.</param>
    public static ActorDto Of(Actor actor, ActorRegistry registry, ILookup<string, ActorLink> outgoing)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(outgoing);
        return new(
            actor.Id,
            actor.Name,
            actor.Type,
            actor.Aliases,
            [.. registry.NamesOf(actor.Id).Select(n => new ActorNameDto(n.Name, n.From, n.To, n.Source))],
            [.. outgoing[actor.Id].Select(l => ActorLinkDto.Of(l, registry))],
            [.. registry.LinksInto(actor.Id).Select(l => ActorLinkDto.Of(l, registry))]);
    }
}
