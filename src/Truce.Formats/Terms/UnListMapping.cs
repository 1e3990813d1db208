using Truce.Domain.Sources;

namespace Truce.Formats.Terms;

/// <summary>A UN list entity that is a registry actor (its aliases and listing go to that actor), under a name era when given.</summary>
public sealed record UnListMapping(string ReferenceNumber, string ActorId, string? Name, SourceRef Source);
