using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Truce.Domain.Spatial;

/// <summary>The one geometry factory of the application: WGS 84 (SRID 4326), floating precision.</summary>
/// <remarks>Thread-safe; coordinates are (x = longitude, y = latitude).</remarks>
public static class Wgs84
{
    /// <summary>EPSG code of WGS 84 geographic coordinates.</summary>
    public const int Srid = 4326;

    /// <summary>The shared factory.</summary>
    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Srid);

    /// <summary>A point at (longitude, latitude).</summary>
    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));
}
