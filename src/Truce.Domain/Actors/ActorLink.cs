namespace Truce.Domain.Actors;

/// <summary>A dated relation from one actor to another, with the source that states it.</summary>
public sealed record ActorLink(string FromActorId, ActorLinkKind Kind, string ToActorId, DateOnly? From, DateOnly? To, string? Source);
