namespace Truce.Server.Map;

/// <summary>Events aggregated into grid cells for a map view.</summary>
/// <param name="Agreements">Agreements, in the order of <see cref="MapBin.Violations"/>.</param>
/// <param name="Stakeholders">Stakeholders, in the order of <see cref="MapBin.Violations"/>.</param>
/// <param name="FirstDay">First day of any event on the map (for a time slider), null when none.</param>
/// <param name="LastDay">Last day of any event on the map.</param>
/// <param name="From">First day of the window (inclusive), null when open.</param>
/// <param name="To">Last day of the window (inclusive), null when open.</param>
/// <param name="Cell">Cell size in degrees.</param>
/// <param name="Events">Events in the box and window.</param>
/// <param name="Best">Their fatalities, best estimates summed.</param>
/// <param name="Cells">The cells holding at least one event.</param>
public sealed record MapBins(IReadOnlyList<NamedId> Agreements, IReadOnlyList<NamedId> Stakeholders, DateOnly? FirstDay, DateOnly? LastDay, DateOnly? From, DateOnly? To, double Cell, long Events, long Best, IReadOnlyList<MapBin> Cells);
