namespace Truce.Server.Apis;

/// <summary>GeoJSON on the wire (RFC 7946).</summary>
internal static class GeoJson
{
    public const string MediaType = "application/geo+json";
}
