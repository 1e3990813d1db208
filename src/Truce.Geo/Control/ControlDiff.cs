namespace Truce.Geo.Control;

/// <summary>What changed hands between two days.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The second day.</param>
/// <param name="Changes">Polygons (by key order) then places whose controller sets differ.</param>
/// <param name="Controllers">Per controller, the area gained and lost (ordinal order of names).</param>
public sealed record ControlDiff(DateOnly From, DateOnly To, IReadOnlyList<ControlChange> Changes, IReadOnlyList<ControllerAreaChange> Controllers);
