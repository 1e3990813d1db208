using Truce.Domain.Actors;

namespace Truce.Server.Apis;

/// <summary>A lineage link: <c>FromActorId</c> renamed to, split from, merged into or is a member of <c>ToActorId</c>, from a day to a day, on a source's word.</summary>
public sealed record ActorLinkDto(string FromActorId, string FromName, ActorLinkKind Kind, string ToActorId, string ToName, DateOnly? From, DateOnly? To, string? Source)
{
    public static ActorLinkDto Of(ActorLink l, ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(registry);
        return new(l.FromActorId, registry.Find(l.FromActorId)?.Name ?? l.FromActorId, l.Kind, l.ToActorId, registry.Find(l.ToActorId)?.Name ?? l.ToActorId, l.From, l.To, l.Source);
    }
}
