using NetTopologySuite.Geometries;

namespace Truce.Geo.Control;

/// <summary>One polygon of the timeline with its history and its area on the ellipsoid.</summary>
internal sealed record ControlledArea(string Key, string? Name, Geometry Geometry, ControlPeriods Periods, double AreaKm2);
