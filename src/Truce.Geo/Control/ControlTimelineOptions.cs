namespace Truce.Geo.Control;

/// <summary>Settings of a <see cref="ControlTimeline"/>.</summary>
public sealed record ControlTimelineOptions
{
    /// <summary>How far (great-circle metres) a place's control reaches a point no area record covers. Default 5,000.</summary>
    public double PlaceRadiusMetres { get; init; } = 5_000;
}
