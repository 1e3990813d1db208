using Truce.Domain.Sources;

namespace Truce.Domain.Agreements;

/// <summary>An actor an exemption clause names, under the name it uses (null: the group under any name).</summary>
public sealed record NamedExemption(string ActorId, string? Name, SourceRef Source);
