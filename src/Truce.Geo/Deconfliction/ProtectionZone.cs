using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using Truce.Domain.Deconfliction;
using Truce.Geo.Geodesy;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// What the checker protects for one site: its geometry shifted by the site's buffer, the reach
/// (radius + location uncertainty + buffer) in metres and the validity window in UTC ticks.
/// </summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
internal sealed class ProtectionZone
{
    private const double Radians = Math.PI / 180;

    public ProtectionZone(ProtectedSite site, SiteBuffer buffer)
    {
        var geometry = site.Geometry ?? throw new ArgumentException($"Site {site.Id} has no geometry.", nameof(site));
        var centre = geometry.Centroid;
        Id = site.Id;
        var frame = new LocalFrame(centre.Y, centre.X);
        var dLat = buffer.NorthMetres / frame.NorthPerDegree;
        var dLon = buffer.EastMetres / frame.EastPerDegree;
        Frame = new LocalFrame(centre.Y + dLat, centre.X + dLon);
        ReachMetres = site.ReachMetres + buffer.ExtraMetres;
        From = site.ValidFrom?.UtcTicks ?? long.MinValue;
        To = site.ValidTo?.UtcTicks ?? long.MaxValue;
        Notice = new ConflictNotice(site.Category, site.Contact);
        Answer = CheckAnswer.Conflict([Notice]);
        if (geometry is Polygon)
        {
            var shifted = geometry.Copy();
            shifted.Apply(new Shift(dLon, dLat));
            shifted.GeometryChanged();
            Polygon = Frame.Project(shifted);
            Shifted = shifted;
        }
        else
        {
            Shifted = geometry.Factory.CreatePoint(new Coordinate(Frame.Longitude, Frame.Latitude));
        }
    }

    /// <summary>The site's id.</summary>
    public string Id { get; }

    /// <summary>Frame at the shifted centre (the point itself for point sites).</summary>
    public LocalFrame Frame { get; }

    /// <summary>The shifted polygon in <see cref="Frame"/>'s linear image, metres; null for a point site.</summary>
    public Geometry? Polygon { get; }

    /// <summary>The shifted geometry in WGS 84.</summary>
    public Geometry Shifted { get; }

    public double ReachMetres { get; }

    public long From { get; }

    public long To { get; }

    public ConflictNotice Notice { get; }

    /// <summary>The conflict answer naming this zone alone (shared, so a single conflict allocates nothing).</summary>
    public CheckAnswer Answer { get; }

    /// <summary>True when a target within <paramref name="radiusMetres"/> of the geodesic reach of this zone is
    /// the point (latitude, longitude) — the slow, exact path, for any radius.</summary>
    public bool TouchesPoint(double latitude, double longitude, double radiusMetres)
    {
        var limit = ReachMetres + radiusMetres;
        if (Polygon is null)
        {
            return EllipsoidDistance.Metres(latitude, longitude, Frame.Latitude, Frame.Longitude) <= limit;
        }

        var p = Polygon.Factory.CreatePoint(Frame.Project(latitude, longitude));
        if (Polygon.Covers(p))
        {
            return true;
        }

        return NearestMetres(p, Polygon, latitude, longitude) <= limit;
    }

    /// <summary>Geodesic distance in metres from (latitude, longitude) to the shifted geometry: 0 inside a polygon.</summary>
    public double DistanceMetres(double latitude, double longitude)
    {
        if (Polygon is null)
        {
            return EllipsoidDistance.Metres(latitude, longitude, Frame.Latitude, Frame.Longitude);
        }

        var p = Polygon.Factory.CreatePoint(Frame.Project(latitude, longitude));
        return Polygon.Covers(p) ? 0 : NearestMetres(p, Polygon, latitude, longitude);
    }

    /// <summary>True when the polygon target comes within reach + <paramref name="radiusMetres"/> of this zone.</summary>
    public bool TouchesArea(Geometry target, double radiusMetres)
    {
        var limit = ReachMetres + radiusMetres;
        var projected = Frame.Project(target);
        var own = Polygon ?? projected.Factory.CreatePoint(new Coordinate(0, 0));
        if (projected.Intersects(own))
        {
            return true;
        }

        var nearest = DistanceOp.NearestPoints(projected, own);
        var (lat1, lon1) = Frame.Unproject(nearest[0]);
        var (lat2, lon2) = Frame.Unproject(nearest[1]);
        return EllipsoidDistance.Metres(lat1, lon1, lat2, lon2) <= limit;
    }

    /// <summary>Degrees of latitude and longitude that certainly cover <paramref name="metres"/> around the zone.</summary>
    public (double Latitude, double Longitude) Degrees(double metres)
    {
        var env = Shifted.EnvelopeInternal;
        return Conservative(metres, Math.Max(Math.Abs(env.MinY), Math.Abs(env.MaxY)));
    }

    /// <summary>
    /// Degrees that certainly cover <paramref name="metres"/> at latitudes up to |<paramref name="latitude"/>|:
    /// the smallest meridional radius a(1 − e²) for latitude, N·cos at the farthest latitude reached for longitude, plus 1%.
    /// </summary>
    public static (double Latitude, double Longitude) Conservative(double metres, double latitude)
    {
        const double MinMeridional = EllipsoidDistance.A * (1 - (EllipsoidDistance.F * (2 - EllipsoidDistance.F)));
        var dLat = metres / MinMeridional / Radians * 1.01;
        var far = Math.Min(89.9, Math.Abs(latitude) + dLat);
        var dLon = Math.Min(360, metres / (EllipsoidDistance.A * Math.Cos(far * Radians)) / Radians * 1.01);
        return (dLat, dLon);
    }

    private double NearestMetres(Point p, Geometry polygon, double latitude, double longitude)
    {
        var nearest = DistanceOp.NearestPoints(polygon, p)[0];
        var (lat, lon) = Frame.Unproject(nearest);
        return EllipsoidDistance.Metres(latitude, longitude, lat, lon);
    }

    private sealed class Shift(double dLon, double dLat) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, seq.GetX(i) + dLon);
                seq.SetY(i, seq.GetY(i) + dLat);
            }
        }
    }
}
