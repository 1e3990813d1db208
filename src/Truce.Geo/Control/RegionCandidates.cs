namespace Truce.Geo.Control;

/// <summary>The polygons whose interiors meet a region's interior and the places it covers, by index.</summary>
internal sealed record RegionCandidates(int[] Areas, int[] Places);
