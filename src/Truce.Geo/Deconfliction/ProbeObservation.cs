namespace Truce.Geo.Deconfliction;

/// <summary>One answered check, as the probing detector sees it.</summary>
/// <param name="Latitude">The target point's latitude, degrees (WGS 84); for a polygon target, a point of it (e.g. its centroid).</param>
/// <param name="Longitude">The target point's longitude, degrees.</param>
/// <param name="RadiusMetres">The strike radius asked about, metres.</param>
/// <param name="Conflict">True when the answer was a conflict.</param>
/// <param name="NearBoundarySiteIds">The sites whose checked boundary lies within the detector's band of the target (<see cref="ProtectedSiteIndex.NearBoundary"/>); usually empty. The detector copies what it keeps.</param>
public sealed record ProbeObservation(double Latitude, double Longitude, double RadiusMetres, bool Conflict, IReadOnlyList<string> NearBoundarySiteIds);
