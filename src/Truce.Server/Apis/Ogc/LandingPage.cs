namespace Truce.Server.Apis.Ogc;

/// <summary>The OGC API – Features landing page: what the service is and links to its definition, conformance and collections.</summary>
public sealed record LandingPage(string Title, string Description, IReadOnlyList<OgcLink> Links);
