namespace Truce.Domain.Deconfliction;

/// <summary>How a protected site's coordinates were obtained.</summary>
public enum PrecisionKind
{
    /// <summary>Surveyed or notified by the owner: the geometry is the site.</summary>
    Exact,

    /// <summary>The centroid of the named neighbourhood's polygon (OCHA layer); the site is somewhere in it.</summary>
    NeighbourhoodCentroid,

    /// <summary>The point of the named town or village (OCHA community points); the site is somewhere in it.</summary>
    CommunityPoint,

    /// <summary>Approximate for another stated reason.</summary>
    Approximate,

    /// <summary>No coordinates: the source names no place that can be located. The site cannot be checked against.</summary>
    Unknown,
}
