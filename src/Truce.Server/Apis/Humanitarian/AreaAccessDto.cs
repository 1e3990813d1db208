using Truce.Domain.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// One besieged area on a day: its siege status (how many of the sources' start definitions have
/// begun), the population as the range across every source's figure in the figure window (every
/// figure listed with who gave it), days since the last delivery (a range when dates are
/// imprecise) with the rows that may be the last, people reached in the reach window, and denial
/// and attack incidents. Nothing is averaged.
/// </summary>
public sealed record AreaAccessDto(
    string Id,
    string Name,
    bool IsTotal,
    SiegeStatus Status,
    int DefinitionsHolding,
    int Definitions,
    long? PopulationLow,
    long? PopulationHigh,
    IReadOnlyList<SiegeRowDto> LatestFigures,
    IReadOnlyList<SiegeRowDto> Figures,
    int? DaysSinceDeliveryMin,
    int? DaysSinceDeliveryMax,
    IReadOnlyList<ConvoyDto> LastDeliveries,
    long Reached,
    bool ReachedIncomplete,
    double? ShareReachedLow,
    double? ShareReachedHigh,
    int DenialsRecent,
    int DenialsTotal,
    int AttacksRecent,
    int AttacksTotal,
    IReadOnlyList<SiegeRowDto> StatusRows)
{
    public static AreaAccessDto Of(AreaAccess a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.Area.Id,
            a.Area.Name,
            a.Area.IsTotal,
            a.Status,
            a.DefinitionsHolding,
            a.Definitions,
            a.PopulationLow,
            a.PopulationHigh,
            [.. a.LatestFigures.Select(SiegeRowDto.Of)],
            [.. a.Figures.OrderBy(f => f.FigureDate.Earliest).ThenBy(f => f.Id, StringComparer.Ordinal).Select(SiegeRowDto.Of)],
            a.DaysSinceDeliveryMin,
            a.DaysSinceDeliveryMax,
            [.. a.LastDeliveries.Select(d => ConvoyDto.Of(d, a.Area.Id))],
            a.Reached,
            a.ReachedIncomplete,
            a.ShareReachedLow,
            a.ShareReachedHigh,
            a.DenialsRecent,
            a.DenialsTotal,
            a.AttacksRecent,
            a.AttacksTotal,
            [.. a.StatusRows.Select(SiegeRowDto.Of)]);
    }
}
