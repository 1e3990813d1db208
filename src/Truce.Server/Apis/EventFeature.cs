namespace Truce.Server.Apis;

/// <summary>A GeoJSON Feature: one event.</summary>
public sealed record EventFeature(string Type, string Id, PointGeometry Geometry, EventPointProperties Properties);
