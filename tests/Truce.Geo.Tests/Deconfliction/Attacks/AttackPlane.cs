namespace Truce.Geo.Tests.Deconfliction.Attacks;

/// <summary>
/// An attacker's flat map: metres east and north of an origin (WGS 84 meridional and prime-vertical
/// radii at the origin), and the least-squares centre fit every attacker ends with. Self-contained
/// (no Truce types), so the attack files can be linked into other test projects unchanged.
/// </summary>
internal sealed class AttackPlane
{
    private const double A = 6_378_137;
    private const double E2 = 6.69437999014e-3;

    public AttackPlane(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
        var phi = latitude * Math.PI / 180;
        var w = Math.Sqrt(1 - (E2 * Math.Sin(phi) * Math.Sin(phi)));
        NorthPerDegree = A * (1 - E2) / (w * w * w) * Math.PI / 180;
        EastPerDegree = A / w * Math.Cos(phi) * Math.PI / 180;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public double NorthPerDegree { get; }

    public double EastPerDegree { get; }

    public (double Latitude, double Longitude) ToDegrees(double east, double north) =>
        (Latitude + (north / NorthPerDegree), Longitude + (east / EastPerDegree));

    public (double East, double North) ToMetres(double latitude, double longitude) =>
        ((longitude - Longitude) * EastPerDegree, (latitude - Latitude) * NorthPerDegree);

    /// <summary>
    /// The centre C and radius R minimising Σ (|C − pᵢ| − (offsetᵢ + R))², by Gauss–Newton from
    /// (<paramref name="east"/>, <paramref name="north"/>, <paramref name="radius"/>): with zero
    /// offsets a circle through boundary points; with offsets, trilateration from centres pᵢ whose
    /// smallest conflicting strike radius was offsetᵢ.
    /// </summary>
    public static (double East, double North, double Radius) FitCentre(IReadOnlyList<(double East, double North, double Offset)> points,
        double east, double north, double radius)
    {
        for (var iteration = 0; iteration < 50; iteration++)
        {
            // Normal equations JᵀJ δ = −Jᵀf for the parameters (east, north, radius).
            var m = new double[3, 3];
            var g = new double[3];
            foreach (var (px, py, offset) in points)
            {
                var (dx, dy) = (east - px, north - py);
                var d = Math.Max(1e-9, Math.Sqrt((dx * dx) + (dy * dy)));
                double[] j = [dx / d, dy / d, -1];
                var f = d - (offset + radius);
                for (var a = 0; a < 3; a++)
                {
                    g[a] -= j[a] * f;
                    for (var b = 0; b < 3; b++)
                    {
                        m[a, b] += j[a] * j[b];
                    }
                }
            }

            var step = Solve(m, g);
            if (step is null)
            {
                break;
            }

            (east, north, radius) = (east + step[0], north + step[1], radius + step[2]);
            if (Math.Abs(step[0]) + Math.Abs(step[1]) + Math.Abs(step[2]) < 1e-6)
            {
                break;
            }
        }

        return (east, north, radius);
    }

    private static double[]? Solve(double[,] m, double[] g)
    {
        var det = Det(m);
        if (Math.Abs(det) < 1e-12)
        {
            return null;
        }

        var x = new double[3];
        for (var c = 0; c < 3; c++)
        {
            var k = (double[,])m.Clone();
            for (var r = 0; r < 3; r++)
            {
                k[r, c] = g[r];
            }

            x[c] = Det(k) / det;
        }

        return x;
    }

    private static double Det(double[,] m) =>
        (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
        - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
        + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
}
