using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>An actor an exemption clause names, under the name it uses (null: under any name).</summary>
public sealed record NamedExemptionDto(string ActorId, string? ActorName, string? Name, SourceRef Source);
