using Truce.Domain.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>
/// What the map shows of a besieged area on a day. <see cref="Derived"/>: the shape is the
/// neighbourhoods the control record gives one controller that day (<see cref="DerivedFrom"/>
/// says so in words), not a siege line any source drew.
/// </summary>
/// <param name="Id">The area's manifest id.</param>
/// <param name="Name">How to show it.</param>
/// <param name="Status">Its siege status on the day.</param>
/// <param name="PopulationLow">The smallest figure of any source in the figure window.</param>
/// <param name="PopulationHigh">The largest.</param>
/// <param name="Figures">How many figures the range is drawn from.</param>
/// <param name="DaysSinceDeliveryMin">Fewest days since the last delivery the record allows.</param>
/// <param name="DaysSinceDeliveryMax">Most days.</param>
/// <param name="Derived">True when the shape is derived from the control record.</param>
/// <param name="DerivedFrom">E.g. <c>control record: Opposition/rebels on 2016-11-20</c>; null for fixed P-codes.</param>
/// <param name="Neighbourhoods">The neighbourhoods it was derived from, with the control records in force.</param>
/// <param name="Pcodes">Its fixed P-codes (areas not derived).</param>
/// <param name="LabelLongitude">A point inside the shape to label it at.</param>
/// <param name="LabelLatitude">Its latitude.</param>
public sealed record BesiegedAreaProperties(
    string Id,
    string Name,
    SiegeStatus Status,
    long? PopulationLow,
    long? PopulationHigh,
    int Figures,
    int? DaysSinceDeliveryMin,
    int? DaysSinceDeliveryMax,
    bool Derived,
    string? DerivedFrom,
    IReadOnlyList<HeldNeighbourhoodDto> Neighbourhoods,
    IReadOnlyList<string> Pcodes,
    double LabelLongitude,
    double LabelLatitude);
