using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>The records in force on one polygon or place over one period, and their distinct controllers (first-seen order).</summary>
internal sealed class ControlState
{
    public static readonly ControlState Empty = new([]);

    public ControlState(ControlRecord[] records)
    {
        Records = records;
        Controllers = [.. records.Select(r => r.Controller).Distinct(StringComparer.Ordinal)];
    }

    public ControlRecord[] Records { get; }

    public string[] Controllers { get; }

    public bool IsEmpty => Records.Length == 0;

    /// <summary>The union of several states (a point on several polygons, or equidistant places).</summary>
    public static ControlState Union(IEnumerable<ControlState> states) =>
        new([.. states.SelectMany(s => s.Records).Distinct()]);
}
