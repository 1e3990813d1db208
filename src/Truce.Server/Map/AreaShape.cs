using NetTopologySuite.Geometries;

namespace Truce.Server.Map;

/// <summary>An area's shape on a day: the dissolved geometry, the neighbourhoods it was derived from (empty for fixed P-codes), and the controller it was derived for.</summary>
internal sealed record AreaShape(Geometry Geometry, IReadOnlyList<HeldPart> Parts, bool Derived, string? HeldBy);
