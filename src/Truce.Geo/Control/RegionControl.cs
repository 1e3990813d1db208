using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>The control records in force on a day over a region (e.g. the district an event is located to).</summary>
/// <param name="Areas">Area records whose polygons' interiors meet the region's interior.</param>
/// <param name="Places">Place records whose points the region covers.</param>
/// <param name="Controllers">Their distinct controllers, areas first, in first-seen order.</param>
public sealed record RegionControl(IReadOnlyList<ControlRecord> Areas, IReadOnlyList<ControlRecord> Places, IReadOnlyList<string> Controllers)
{
    /// <summary>True when no record applies.</summary>
    public bool IsUnknown => Areas.Count == 0 && Places.Count == 0;

    /// <summary>True when exactly one controller is named.</summary>
    public bool ControllersAgree => Controllers.Count == 1;
}
