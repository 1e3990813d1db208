namespace Truce.Server.Apis.Humanitarian;

/// <summary>A GeoJSON FeatureCollection of the convoy rows whose dates overlap the period; <see cref="Located"/> counts those with a point.</summary>
public sealed record ConvoyFeatures(string Type, int Located, IReadOnlyList<ConvoyFeature> Features);
