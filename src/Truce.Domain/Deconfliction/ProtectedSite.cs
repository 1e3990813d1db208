using NetTopologySuite.Geometries;
using Truce.Domain.Sources;

namespace Truce.Domain.Deconfliction;

/// <summary>
/// A site that must not be struck: a hospital, school, aid warehouse or a party's position,
/// notified by its owner (an organisation or a party) to the monitor, never to the other parties.
/// </summary>
/// <remarks>
/// The protected area is every point within <see cref="RadiusMetres"/> plus the precision's
/// uncertainty of <see cref="Geometry"/> (geodesic metres on WGS 84), during
/// [<see cref="ValidFrom"/>, <see cref="ValidTo"/>]; the checker adds the site's secret
/// <see cref="SiteBuffer"/> on top. Immutable; thread-safe.
/// </remarks>
public sealed record ProtectedSite
{
    /// <summary>Stable id; the protection buffer is derived from it, so it must never be reused for another site.</summary>
    public required string Id { get; init; }

    /// <summary>Who notified the site: an organisation (e.g. MSF) or a party; null when a report names none.</summary>
    public string? Owner { get; init; }

    /// <summary>What the site is.</summary>
    public required SiteCategory Category { get; init; }

    /// <summary>The site's name as reported; confidential like the geometry.</summary>
    public string? Name { get; init; }

    /// <summary>A point or polygon in WGS 84 (SRID 4326, x = longitude); null when the site cannot be located (<see cref="PrecisionKind.Unknown"/>).</summary>
    public Geometry? Geometry
    {
        get;
        init => field = value is null or Point or Polygon
            ? value
            : throw new ArgumentException($"A protected site is a point or a polygon, not a {value.GeometryType}.", nameof(value));
    }

    /// <summary>Protection radius around the geometry, in metres; finite and not negative.</summary>
    public required double RadiusMetres
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be finite and not negative");
    }

    /// <summary>First instant of protection; null: since ever.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Last instant of protection; null: open-ended.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>How well <see cref="Geometry"/> locates the site.</summary>
    public LocationPrecision Precision { get; init; } = LocationPrecision.Exact;

    /// <summary>Whom a party is told to contact about a conflict with this site.</summary>
    public required ContactChannel Contact { get; init; }

    /// <summary>The rows and sources the site was derived from.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <summary>The radius the checker protects before the buffer: <see cref="RadiusMetres"/> plus the location's uncertainty.</summary>
    public double ReachMetres => RadiusMetres + Precision.UncertaintyMetres;

    /// <summary>True when the site is protected at some instant of [<paramref name="from"/>, <paramref name="to"/>] (both inclusive).</summary>
    public bool ValidDuring(DateTimeOffset from, DateTimeOffset to) =>
        (ValidFrom is null || ValidFrom <= to) && (ValidTo is null || from <= ValidTo);
}
