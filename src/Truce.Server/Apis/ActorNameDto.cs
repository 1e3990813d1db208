using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>A name an actor bore from a day to a day (both inclusive, null unbounded), with the source that dates it.</summary>
public sealed record ActorNameDto(string Name, DateOnly? From, DateOnly? To, SourceRef Source);
