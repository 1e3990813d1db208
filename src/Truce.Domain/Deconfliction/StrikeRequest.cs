using NetTopologySuite.Geometries;

namespace Truce.Domain.Deconfliction;

/// <summary>
/// A party's planned strike, submitted for a deconfliction check: where (a point or a polygon,
/// WGS 84), how far its effects reach (metres) and when (an inclusive time window).
/// </summary>
/// <remarks>Immutable; thread-safe. The constructor checks every field.</remarks>
public sealed record StrikeRequest
{
    /// <summary>A request.</summary>
    /// <exception cref="ArgumentException">The target is neither a point nor a polygon, is empty, or the window ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative or not finite.</exception>
    public StrikeRequest(Geometry target, double radiusMetres, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target is not (Point or Polygon) || target.IsEmpty)
        {
            throw new ArgumentException($"A strike target is a non-empty point or polygon, not a {target.GeometryType}.", nameof(target));
        }

        if (!double.IsFinite(radiusMetres) || radiusMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "must be finite and not negative");
        }

        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        Target = target;
        RadiusMetres = radiusMetres;
        From = from;
        To = to;
    }

    /// <summary>The planned point or area (x = longitude, y = latitude).</summary>
    public Geometry Target { get; }

    /// <summary>How far from the target the strike's effects may reach, in metres.</summary>
    public double RadiusMetres { get; }

    /// <summary>First instant of the planned window.</summary>
    public DateTimeOffset From { get; }

    /// <summary>Last instant of the planned window.</summary>
    public DateTimeOffset To { get; }
}
