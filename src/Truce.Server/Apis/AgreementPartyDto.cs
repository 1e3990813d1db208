using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>A party bound by an agreement from the day it joined to the day it left (null open): a named actor, or every non-state armed actor not exempt.</summary>
public sealed record AgreementPartyDto(string? ActorId, string? ActorName, bool AnyNonStateActor, DateOnly? Joined, DateOnly? Left, SourceRef Source);
