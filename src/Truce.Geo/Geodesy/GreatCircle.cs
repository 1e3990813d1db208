namespace Truce.Geo.Geodesy;

/// <summary>
/// Distances on the sphere of the WGS 84 mean radius (haversine formula, R. W. Sinnott, "Virtues
/// of the Haversine", Sky and Telescope 68(2), 1984). Within about 0.5% of the ellipsoidal
/// (geodesic) distance everywhere, far better at the few kilometres a place radius spans.
/// </summary>
/// <remarks>Pure functions; thread-safe. Angles in degrees, distances in metres.</remarks>
public static class GreatCircle
{
    /// <summary>The WGS 84 mean radius R1 = (2a + b) / 3, in metres.</summary>
    public const double MeanRadiusMetres = 6_371_008.771_4;

    private const double Radians = Math.PI / 180;

    /// <summary>Distance in metres between two points given as (latitude, longitude) in degrees.</summary>
    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2) =>
        MetresFromHaversine(Haversine(latitude1 * Radians, Math.Cos(latitude1 * Radians), latitude2 * Radians, Math.Cos(latitude2 * Radians), (longitude2 - longitude1) * Radians));

    /// <summary>
    /// The haversine of the central angle, hav(θ) = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2), from
    /// latitudes in radians with their cosines and the longitude difference in radians. It grows
    /// with distance, so nearest-neighbour searches compare it without the arcsine.
    /// </summary>
    public static double Haversine(double latitude1, double cosLatitude1, double latitude2, double cosLatitude2, double deltaLongitude)
    {
        var sinLat = Math.Sin((latitude2 - latitude1) * 0.5);
        var sinLon = Math.Sin(deltaLongitude * 0.5);
        return Math.Min(1, (sinLat * sinLat) + (cosLatitude1 * cosLatitude2 * sinLon * sinLon));
    }

    /// <summary>Metres for a haversine value from <see cref="Haversine"/>.</summary>
    public static double MetresFromHaversine(double haversine) => 2 * MeanRadiusMetres * Math.Asin(Math.Sqrt(haversine));

    /// <summary>The haversine value of a distance in metres (the inverse of <see cref="MetresFromHaversine"/>).</summary>
    public static double HaversineOfMetres(double metres)
    {
        var s = Math.Sin(Math.Min(Math.PI, metres / MeanRadiusMetres) * 0.5);
        return s * s;
    }
}
