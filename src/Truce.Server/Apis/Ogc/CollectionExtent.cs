namespace Truce.Server.Apis.Ogc;

/// <summary>
/// Where and when a collection's features lie: <c>spatial.bbox</c> holds one box [west, south,
/// east, north] in CRS84; <c>temporal.interval</c> one [start, end] of RFC 3339 times, null for
/// an open end.
/// </summary>
public sealed record CollectionExtent(SpatialExtent Spatial, TemporalExtent Temporal);
