using Truce.Domain.Actors;
using Truce.Domain.Sources;

namespace Truce.Formats.Terms;

/// <summary>
/// An addition to the actor registry: a new actor (with a name), or a change to a listed one (its
/// type, more aliases), with the row that justifies it.
/// </summary>
public sealed record ActorPatch(string Id, string? Name, ActorType? Type, IReadOnlyList<string> Aliases, SourceRef Source);
