using NetTopologySuite.Geometries;
using Truce.Domain.Events;

namespace Truce.Geo.Admin;

/// <summary>
/// One administrative division (OCHA COD-AB feature): level, P-code, English name, the P-codes of
/// its parents where the layer gives them, and its polygon in WGS 84.
/// </summary>
public sealed record AdminBoundary(
    AdminLevel Level,
    string Pcode,
    string Name,
    string? Admin1Pcode,
    string? Admin2Pcode,
    Geometry Geometry);
