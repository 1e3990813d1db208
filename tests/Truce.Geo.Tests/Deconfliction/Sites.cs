using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;

namespace Truce.Geo.Tests.Deconfliction;

/// <summary>Sites, buffers and requests for the checker's tests.</summary>
internal static class Sites
{
    public static readonly DateTimeOffset Day = new(2016, 4, 27, 0, 0, 0, TimeSpan.Zero);

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    /// <summary>No buffer at all, so radii are exact.</summary>
    public static ProtectionBuffer NoBuffer { get; } = new(Key, 0, 0, 0, 0);

    public static ProtectedSite Point(string id, double lat, double lon, double radius, SiteCategory category = SiteCategory.Hospital,
        string contact = "MSF Aleppo desk", DateTimeOffset? from = null, DateTimeOffset? to = null) => new()
        {
            Id = id,
            Category = category,
            Geometry = Wgs84.Point(lon, lat),
            RadiusMetres = radius,
            Contact = new ContactChannel(contact),
            ValidFrom = from,
            ValidTo = to,
        };

    public static ProtectedSite Polygon(string id, Polygon polygon, double radius) => new()
    {
        Id = id,
        Category = SiteCategory.School,
        Geometry = polygon,
        RadiusMetres = radius,
        Contact = new ContactChannel("UNICEF Aleppo"),
    };

    /// <summary>A lon/lat rectangle.</summary>
    public static Polygon Box(double minLon, double minLat, double maxLon, double maxLat) => Wgs84.Factory.CreatePolygon(
    [
        new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
        new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat),
    ]);

    public static StrikeRequest At(double lat, double lon, double radius = 0, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new(Wgs84.Point(lon, lat), radius, from ?? Day, to ?? Day.AddHours(1));

    public static ProtectedSiteIndex Index(params ProtectedSite[] sites) => new(sites, NoBuffer);

    /// <summary>The point <paramref name="metres"/> (local frame, very nearly geodesic) from (lat, lon) on a bearing.</summary>
    public static (double Lat, double Lon) Offset(double lat, double lon, double metres, double bearingDegrees)
    {
        var frame = new LocalFrame(lat, lon);
        var b = bearingDegrees * Math.PI / 180;
        return (lat + (metres * Math.Cos(b) / frame.NorthPerDegree), lon + (metres * Math.Sin(b) / frame.EastPerDegree));
    }
}
