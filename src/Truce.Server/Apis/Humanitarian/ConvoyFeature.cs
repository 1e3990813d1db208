using System.Text.Json.Serialization;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>A GeoJSON Feature: one convoy row, at a point when one can be found (else a null geometry; <see cref="ConvoyDto.Place"/> says why).</summary>
public sealed record ConvoyFeature(
    string Type,
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PointGeometry? Geometry,
    ConvoyDto Properties);
