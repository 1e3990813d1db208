using System.Text.Json;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>A GeoJSON Feature: one besieged area's shape on a day (a Polygon or MultiPolygon in WGS 84).</summary>
public sealed record BesiegedAreaFeature(string Type, string Id, JsonElement Geometry, BesiegedAreaProperties Properties);
