namespace Truce.Domain.Adjudication;

/// <summary>A party whose reading of the agreements Truce computes (e.g. United States, Russia, UN envoy).</summary>
public sealed record Stakeholder(string Id, string Name);
