namespace Truce.Server.Map;

/// <summary>Weekly counts for charts.</summary>
/// <param name="Agreements">Agreements, in the order of <see cref="MapWeek.Violations"/>.</param>
/// <param name="Stakeholders">Stakeholders, in the order of <see cref="MapWeek.Violations"/>.</param>
/// <param name="Weeks">Every week of the window, in order.</param>
/// <param name="BroadlyDated">Events dated to more than a week, not in <paramref name="Weeks"/>.</param>
public sealed record MapSeries(IReadOnlyList<NamedId> Agreements, IReadOnlyList<NamedId> Stakeholders, IReadOnlyList<MapWeek> Weeks, MapBroadlyDated BroadlyDated);
