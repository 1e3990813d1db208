namespace Truce.Domain.Humanitarian;

/// <summary>The windows the access indicators use (docs/humanitarian.md).</summary>
public sealed record AccessOptions
{
    /// <summary>A population figure counts on a day when its date range reaches back no further than this many days before it.</summary>
    public int FigureWindowDays { get; init; } = 90;

    /// <summary>"Reached in the last N days": deliveries on the day or the N − 1 before it.</summary>
    public int ReachWindowDays { get; init; } = 30;

    /// <summary>An area without start rows is reported besieged for this many days after a report lists it.</summary>
    public int ReportWindowDays { get; init; } = 90;
}
