namespace Truce.Server.Apis.Humanitarian;

/// <summary>A GeoJSON FeatureCollection of the besieged areas that have a shape on <see cref="Day"/>.</summary>
public sealed record BesiegedAreaFeatures(string Type, DateOnly Day, IReadOnlyList<BesiegedAreaFeature> Features);
