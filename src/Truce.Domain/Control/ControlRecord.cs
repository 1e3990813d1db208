using NetTopologySuite.Geometries;
using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Domain.Control;

/// <summary>
/// Who controlled an area or a place from a day until a day, on whose word. Both days are
/// inclusive, so on the day a place changes hands the outgoing and incoming records both apply
/// (control that day is disputed, not silently given to either side). A date stated only as a
/// month or year widens the interval to the whole month or year.
/// </summary>
public sealed record ControlRecord
{
    /// <summary>Stable id: <c>file#row</c> of the input.</summary>
    public required string Id { get; init; }

    /// <summary>The controller as the source's vocabulary names it, e.g. <c>Government/allies</c>.</summary>
    public required string Controller { get; init; }

    /// <summary>Free-text refinement of the controller (e.g. "regime forces with Hezbollah").</summary>
    public string? ControllerDetail { get; init; }

    public required ControlShape Shape { get; init; }

    /// <summary>The area's code (e.g. an OCHA P-code) when it has one.</summary>
    public string? AreaCode { get; init; }

    /// <summary>The area's or place's name as the source writes it.</summary>
    public string? Name { get; init; }

    /// <summary>Polygon (areas) or point (places) in WGS 84 (x = longitude, y = latitude); null when the source names an area no layer maps.</summary>
    public Geometry? Geometry { get; init; }

    /// <summary>First day, inclusive; null when the source gives no start.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive; null when open-ended.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The start as the source states it.</summary>
    public PartialDate? FromStated { get; init; }

    /// <summary>The end as the source states it.</summary>
    public PartialDate? ToStated { get; init; }

    /// <summary>How the dates were arrived at, in the source's words (e.g. "stated (Sunday 17 Jul)", or a layer's dating).</summary>
    public string? DateBasis { get; init; }

    public Confidence Confidence { get; init; }

    public required SourceRef Source { get; init; }

    /// <summary>True when the record applies on <paramref name="day"/>.</summary>
    public bool IsActiveOn(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);
}
