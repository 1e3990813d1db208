namespace Truce.Domain.Humanitarian;

/// <summary>
/// The access indicators of one besieged area on one day (computed by <see cref="AccessIndicators"/>):
/// its siege status with how many start definitions hold, the population range across sources with
/// every figure behind it, days since the last delivery (a range when dates are imprecise), the
/// people reached in the reach window, and denials and attacks (incidents, not rows).
/// </summary>
public sealed record AreaAccess
{
    public required BesiegedArea Area { get; init; }

    public required DateOnly At { get; init; }

    public required SiegeStatus Status { get; init; }

    /// <summary>Start definitions begun on or before the day.</summary>
    public required int DefinitionsHolding { get; init; }

    /// <summary>Start definitions recorded.</summary>
    public required int Definitions { get; init; }

    /// <summary>The rows behind the status (starts, ends, interruptions, reports).</summary>
    public required IReadOnlyList<SiegeRecord> StatusRows { get; init; }

    /// <summary>Rows on or before the day that name who besieges the area (each source's words).</summary>
    public IReadOnlyList<SiegeRecord> Besiegers { get; init; } = [];

    /// <summary>The smallest figure in the window, null without figures.</summary>
    public long? PopulationLow { get; init; }

    /// <summary>The largest figure in the window.</summary>
    public long? PopulationHigh { get; init; }

    /// <summary>Every population figure in the window, each with its source.</summary>
    public required IReadOnlyList<SiegeRecord> Figures { get; init; }

    /// <summary>The figures with the latest date.</summary>
    public required IReadOnlyList<SiegeRecord> LatestFigures { get; init; }

    /// <summary>Fewest days since the last delivery the record allows (null: no delivery recorded before the day).</summary>
    public int? DaysSinceDeliveryMin { get; init; }

    /// <summary>Most days since the last delivery the record allows.</summary>
    public int? DaysSinceDeliveryMax { get; init; }

    /// <summary>The delivery rows that may be the last.</summary>
    public required IReadOnlyList<AccessEvent> LastDeliveries { get; init; }

    /// <summary>Delivery rows that may fall in the reach window.</summary>
    public required IReadOnlyList<AccessEvent> RecentDeliveries { get; init; }

    /// <summary>People reached by those deliveries, summed over the rows that give a count.</summary>
    public required long Reached { get; init; }

    /// <summary>True when some recent delivery gives no count of people reached.</summary>
    public required bool ReachedIncomplete { get; init; }

    /// <summary>Reached ÷ the largest population figure (null without figures).</summary>
    public double? ShareReachedLow => PopulationHigh is > 0 ? (double)Reached / PopulationHigh.Value : null;

    /// <summary>Reached ÷ the smallest population figure; null when some recent delivery gives no count (the share is then only bounded below).</summary>
    public double? ShareReachedHigh => PopulationLow is > 0 && !ReachedIncomplete ? (double)Reached / PopulationLow.Value : null;

    /// <summary>Denial incidents in the reach window / up to the day.</summary>
    public required int DenialsRecent { get; init; }

    public required int DenialsTotal { get; init; }

    /// <summary>Attack incidents in the reach window / up to the day.</summary>
    public required int AttacksRecent { get; init; }

    public required int AttacksTotal { get; init; }

    /// <summary>True when the area counts as besieged for "every besieged area" (besieged by some or all definitions, or reported).</summary>
    public bool IsBesieged => Status is SiegeStatus.Besieged or SiegeStatus.BesiegedBySome or SiegeStatus.Reported;
}
