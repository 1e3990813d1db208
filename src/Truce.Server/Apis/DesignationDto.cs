using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>An authority lists an actor as terrorist from a day to a day (both inclusive, null open), under a name (null: under any name), on a source's word.</summary>
public sealed record DesignationDto(string Id, string Authority, string? AuthorityName, string ActorId, string? ActorName, string? Name, DateOnly? From, DateOnly? To, SourceRef Source);
