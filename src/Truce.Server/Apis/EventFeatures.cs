namespace Truce.Server.Apis;

/// <summary>A GeoJSON FeatureCollection of event points; <see cref="NumberMatched"/> counts every match, <see cref="NumberReturned"/> those listed (at most the limit).</summary>
public sealed record EventFeatures(string Type, int NumberMatched, int NumberReturned, IReadOnlyList<EventFeature> Features);
