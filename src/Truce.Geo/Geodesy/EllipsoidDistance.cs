namespace Truce.Geo.Geodesy;

/// <summary>
/// Geodesic distance on the WGS 84 ellipsoid, in metres: Vincenty's inverse method (T. Vincenty,
/// "Direct and inverse solutions of geodesics on the ellipsoid with application of nested
/// equations", Survey Review 23(176), 1975), accurate to a fraction of a millimetre. This is the
/// quantity PostGIS computes for <c>ST_Distance(geography, geography)</c> (Karney's algorithm,
/// which agrees with Vincenty's wherever Vincenty's converges).
/// </summary>
/// <remarks>
/// Vincenty's iteration fails to converge only for nearly antipodal points (some 20,000 km apart);
/// there it throws rather than answer wrongly. Pure functions; thread-safe. Angles in degrees.
/// </remarks>
public static class EllipsoidDistance
{
    /// <summary>Semi-major axis a of WGS 84, metres.</summary>
    public const double A = 6_378_137.0;

    /// <summary>Flattening f of WGS 84.</summary>
    public const double F = 1 / 298.257_223_563;

    /// <summary>Semi-minor axis b = a(1 − f), metres.</summary>
    public const double B = A * (1 - F);

    private const double E2 = F * (2 - F);
    private const double Radians = Math.PI / 180;

    /// <summary>Metres along the geodesic between two points given as (latitude, longitude) in degrees.</summary>
    /// <exception cref="ArithmeticException">The points are nearly antipodal and the iteration does not converge.</exception>
    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var l = (longitude2 - longitude1) * Radians;
        var u1 = Math.Atan((1 - F) * Math.Tan(latitude1 * Radians));
        var u2 = Math.Atan((1 - F) * Math.Tan(latitude2 * Radians));
        var (sinU1, cosU1) = Math.SinCos(u1);
        var (sinU2, cosU2) = Math.SinCos(u2);
        var lambda = l;
        for (var i = 0; i < 200; i++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var a = cosU2 * sinLambda;
            var b = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            var sinSigma = Math.Sqrt((a * a) + (b * b));
            if (sinSigma == 0)
            {
                return 0;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cos2Alpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cos2Alpha); // 0 on the equator
            var c = F / 16 * cos2Alpha * (4 + (F * (4 - (3 * cos2Alpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * F * sinAlpha
                * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-13)
            {
                var uSq = cos2Alpha * ((A * A) - (B * B)) / (B * B);
                var k1 = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
                var k2 = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
                var deltaSigma = k2 * sinSigma * (cos2SigmaM + (k2 / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
                    - (k2 / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
                return B * k1 * (sigma - deltaSigma);
            }
        }

        throw new ArithmeticException($"The geodesic from ({latitude1}, {longitude1}) to ({latitude2}, {longitude2}) did not converge (nearly antipodal points).");
    }

    /// <summary>Meridional radius of curvature M(φ) = a(1 − e²) / (1 − e² sin²φ)^1.5, metres.</summary>
    public static double MeridionalRadius(double latitude)
    {
        var s = Math.Sin(latitude * Radians);
        var w = 1 - (E2 * s * s);
        return A * (1 - E2) / (w * Math.Sqrt(w));
    }

    /// <summary>Prime-vertical radius of curvature N(φ) = a / √(1 − e² sin²φ), metres.</summary>
    public static double PrimeVerticalRadius(double latitude)
    {
        var s = Math.Sin(latitude * Radians);
        return A / Math.Sqrt(1 - (E2 * s * s));
    }
}
