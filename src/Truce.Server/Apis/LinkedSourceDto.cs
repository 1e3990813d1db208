namespace Truce.Server.Apis;

/// <summary>A source cited for an event, with who linked it and when.</summary>
public sealed record LinkedSourceDto(SourceDto Source, string LinkedBy, DateTimeOffset LinkedAt);
