namespace Truce.Domain.Spatial;

/// <summary>Distances on the WGS 84 mean sphere (radius 6,371,008.8 m); error under 0.5 % against the ellipsoid.</summary>
public static class Geodesic
{
    public const double MeanRadiusMetres = 6_371_008.8;

    /// <summary>Great-circle (haversine) distance in metres.</summary>
    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = double.DegreesToRadians(lat1);
        var p2 = double.DegreesToRadians(lat2);
        var dp = p2 - p1;
        var dl = double.DegreesToRadians(lon2 - lon1);
        var h = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * MeanRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
