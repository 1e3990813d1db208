namespace Truce.Server.Apis.Ogc;

/// <summary>A link of OGC API – Features (RFC 8288 relation, media type, absolute URL).</summary>
public sealed record OgcLink(string Href, string Rel, string Type, string? Title = null);
