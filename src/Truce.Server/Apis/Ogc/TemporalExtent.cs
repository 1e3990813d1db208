namespace Truce.Server.Apis.Ogc;

/// <summary>Intervals of RFC 3339 times in the Gregorian calendar; null for an open end.</summary>
public sealed record TemporalExtent(IReadOnlyList<IReadOnlyList<string?>> Interval, string Trs);
