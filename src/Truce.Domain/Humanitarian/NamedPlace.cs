namespace Truce.Domain.Humanitarian;

/// <summary>A place convoy rows name by P-code that has no stored polygon (e.g. an OCHA community point), located by the manifest.</summary>
/// <param name="Pcode">The P-code rows give (<c>destination_pcode</c>).</param>
/// <param name="Name">How to show it.</param>
/// <param name="Longitude">WGS 84 degrees.</param>
/// <param name="Latitude">WGS 84 degrees.</param>
/// <param name="Cite">Where the coordinates come from.</param>
public sealed record NamedPlace(string Pcode, string Name, double Longitude, double Latitude, string Cite);
