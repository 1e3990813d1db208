using Truce.Domain.Sources;

namespace Truce.Domain.Adjudication;

/// <summary>
/// What a control record's controller label stands for in the actor registry, e.g.
/// "Opposition/rebels" → Syrian insurgents. An empty list marks a label that names no one
/// (e.g. "Contested"): a target taken from it is unknown.
/// </summary>
public sealed record ControllerMapping(string Controller, IReadOnlyList<string> ActorIds, SourceRef Source);
