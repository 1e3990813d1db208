namespace Truce.Server.Apis;

/// <summary>A GeoJSON Point: [longitude, latitude] in WGS 84 degrees.</summary>
public sealed record PointGeometry(string Type, double[] Coordinates);
