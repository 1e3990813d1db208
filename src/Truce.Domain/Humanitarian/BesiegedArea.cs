namespace Truce.Domain.Humanitarian;

/// <summary>
/// A besieged area as Truce tracks it: the names siege rows and convoy destinations use for it,
/// and where it is on the map — P-codes of fixed polygons, or the neighbourhoods the control
/// record gives one controller on the day (<see cref="HeldBy"/>; a derived shape, labelled so).
/// </summary>
/// <param name="Id">Short id, e.g. <c>east-aleppo</c>.</param>
/// <param name="Name">How to show it.</param>
/// <param name="Names">Siege-table area names and convoy destinations that mean this area (a name matches when the table's text starts with it, ignoring case).</param>
/// <param name="Pcodes">P-codes of the polygons it covers (may be empty).</param>
/// <param name="HeldBy">A control label (e.g. <c>Opposition/rebels</c>): the area on a day is what that controller holds among <paramref name="Within"/>.</param>
/// <param name="Within">P-codes (or a P-code prefix ending in <c>*</c>) <paramref name="HeldBy"/> is looked for in.</param>
/// <param name="IsTotal">True for a country-wide or list-wide total (e.g. all UN-listed besieged areas), not a place.</param>
/// <param name="Cite">The rows or README section that say why.</param>
public sealed record BesiegedArea(string Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Pcodes, string? HeldBy, IReadOnlyList<string> Within, bool IsTotal, string Cite)
{
    /// <summary>True when <paramref name="text"/> (an area name or a destination) names this area.</summary>
    public bool Matches(string text)
    {
        var t = text.TrimStart();
        return Names.Any(n => t.StartsWith(n, StringComparison.OrdinalIgnoreCase));
    }
}
