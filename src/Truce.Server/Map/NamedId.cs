namespace Truce.Server.Map;

/// <summary>An id with the name people read (a stakeholder, an agreement).</summary>
public sealed record NamedId(string Id, string Name);
