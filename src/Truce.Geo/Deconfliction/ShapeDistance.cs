using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// Geodesic distance on the WGS 84 ellipsoid from points to one fixed shape (a site's or a strike
/// target's point or polygon), measured as the checker measures it but without any buffer: to a
/// point with Vincenty's method (<see cref="EllipsoidDistance"/>); to an areal shape, 0 when the
/// shape covers the point, else Vincenty's distance to the nearest point of the shape found in a
/// local linear frame at its centroid (docs/deconfliction.md, "Distances": decisions agree with
/// PostGIS <c>ST_DWithin(geography)</c> within 0.1 m for shapes a few kilometres across).
/// </summary>
/// <remarks>
/// The shape is projected once, at construction. Not for shapes beyond 79° latitude or wider
/// than some 50 km, where the local frame is not trusted. Immutable after construction; thread-safe.
/// </remarks>
public sealed class ShapeDistance
{
    private readonly Point? _point;
    private readonly LocalFrame _frame;
    private readonly Geometry? _projected;

    /// <param name="shape">A non-empty geometry in WGS 84 (x = longitude, y = latitude).</param>
    /// <exception cref="ArgumentException">The geometry is empty.</exception>
    public ShapeDistance(Geometry shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.IsEmpty)
        {
            throw new ArgumentException("The shape is empty.", nameof(shape));
        }

        var env = shape.EnvelopeInternal;
        MinLatitude = env.MinY;
        MaxLatitude = env.MaxY;
        if (shape is Point point)
        {
            _point = point;
            return;
        }

        var centre = shape.Centroid;
        _frame = new LocalFrame(centre.Y, centre.X);
        _projected = _frame.Project(shape);
    }

    /// <summary>The southernmost latitude of the shape, degrees.</summary>
    public double MinLatitude { get; }

    /// <summary>The northernmost latitude of the shape, degrees.</summary>
    public double MaxLatitude { get; }

    /// <summary>Geodesic metres from (<paramref name="latitude"/>, <paramref name="longitude"/>) to the nearest point of the shape; 0 inside an areal shape.</summary>
    /// <exception cref="ArithmeticException">The points are nearly antipodal (see <see cref="EllipsoidDistance.Metres"/>).</exception>
    public double Metres(double latitude, double longitude)
    {
        if (_point is not null)
        {
            return EllipsoidDistance.Metres(latitude, longitude, _point.Y, _point.X);
        }

        var p = _projected!.Factory.CreatePoint(_frame.Project(latitude, longitude));
        if (_projected.Covers(p))
        {
            return 0;
        }

        var (lat, lon) = _frame.Unproject(DistanceOp.NearestPoints(_projected, p)[0]);
        return EllipsoidDistance.Metres(latitude, longitude, lat, lon);
    }

    /// <summary>
    /// True when the point is certainly more than <paramref name="metres"/> from the shape, judged by
    /// latitude alone (a degree of latitude is never shorter than 110,574 m on WGS 84): a cheap test before <see cref="Metres"/>.
    /// </summary>
    public bool CertainlyBeyond(double latitude, double metres)
    {
        const double MinMetresPerDegree = 110_574;
        var gap = latitude < MinLatitude ? MinLatitude - latitude : latitude > MaxLatitude ? latitude - MaxLatitude : 0;
        return gap * MinMetresPerDegree > metres;
    }
}
