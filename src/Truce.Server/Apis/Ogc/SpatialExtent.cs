namespace Truce.Server.Apis.Ogc;

/// <summary>Bounding boxes in <see cref="Crs"/> (CRS84: longitude, latitude).</summary>
public sealed record SpatialExtent(IReadOnlyList<IReadOnlyList<double>> Bbox, string Crs);
