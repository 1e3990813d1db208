using System.Text.Json;

namespace Truce.Server.Apis.Sites;

/// <summary>A planned strike to check: where (a GeoJSON Point or Polygon, WGS 84), how far its effects reach, and when.</summary>
/// <param name="Target">A GeoJSON Point or Polygon geometry.</param>
/// <param name="RadiusMetres">How far from the target the strike's effects may reach, in metres (0–50,000).</param>
/// <param name="From">Start of the planned window (ISO 8601 with offset).</param>
/// <param name="To">End of the planned window (inclusive).</param>
public sealed record CheckRequestDto(JsonElement? Target, double? RadiusMetres, DateTimeOffset? From, DateTimeOffset? To);
