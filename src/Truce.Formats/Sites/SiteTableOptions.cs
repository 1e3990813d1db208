using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;

namespace Truce.Formats.Sites;

/// <summary>What a table of reported attacks does not say about the sites, supplied by whoever loads it.</summary>
public sealed record SiteTableOptions
{
    /// <summary>Protection radius of every site, metres, before the location's uncertainty. Default 100 m.</summary>
    public double RadiusMetres { get; init; } = 100;

    /// <summary>The contact channel given for conflicts with these sites (the table names no owner).</summary>
    public ContactChannel Contact { get; init; } = new("Truce monitor");

    /// <summary>
    /// The OCHA neighbourhood polygons by P-code. When given, a neighbourhood centroid's uncertainty
    /// is the geodesic distance from the stated point to the farthest vertex of its neighbourhood
    /// (the site is somewhere in it), and a P-code missing from the layer is an error; when null,
    /// <see cref="NeighbourhoodUncertaintyMetres"/> is used.
    /// </summary>
    public IReadOnlyDictionary<string, Geometry>? Neighbourhoods { get; init; }

    /// <summary>Uncertainty of a neighbourhood centroid without the polygon layer, metres. Default 1,500 m (most Aleppo neighbourhoods are under 3 km across).</summary>
    public double NeighbourhoodUncertaintyMetres { get; init; } = 1_500;

    /// <summary>Uncertainty of a town's OCHA community point, metres. Default 2,500 m (the towns in the table are under 5 km across).</summary>
    public double CommunityUncertaintyMetres { get; init; } = 2_500;
}
