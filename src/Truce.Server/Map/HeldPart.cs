using NetTopologySuite.Geometries;

namespace Truce.Server.Map;

/// <summary>One neighbourhood of a derived area on a day: the control records in force, and whether some of them name another controller.</summary>
internal sealed record HeldPart(string Code, string Name, IReadOnlyList<string> Records, bool Contested, Geometry Geometry);
