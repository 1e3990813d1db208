namespace Truce.Geo.Tests.Deconfliction.Attacks;

/// <summary>
/// The boundary walk: from a point known to be in conflict, bisect along evenly spread rays
/// between it (conflict) and a distance known to be clear, each to <c>precision</c> metres, then
/// fit a circle to the boundary points found. Strike radius 0.
/// </summary>
internal static class BoundaryWalker
{
    /// <summary>Runs the attack.</summary>
    /// <param name="oracle">(latitude, longitude, radius metres) → conflict, clear, or null when refused (the attacker then stops).</param>
    /// <param name="latitude">A point known to conflict (the attacker's suspicion).</param>
    /// <param name="longitude">Its longitude.</param>
    /// <param name="clearMetres">A distance from that point known to be clear in every direction.</param>
    /// <param name="maxQueries">How many queries to spend: as many rays as fit.</param>
    /// <param name="precisionMetres">Where each bisection stops.</param>
    public static async ValueTask<AttackResult> Run(Func<double, double, double, ValueTask<bool?>> oracle, double latitude, double longitude,
        double clearMetres, int maxQueries, double precisionMetres = 0.01)
    {
        var plane = new AttackPlane(latitude, longitude);
        var perRay = (int)Math.Ceiling(Math.Log2(clearMetres / precisionMetres));
        var rays = Math.Max(3, maxQueries / perRay);
        var boundary = new List<(double, double, double)>();
        var queries = 0;
        for (var ray = 0; ray < rays; ray++)
        {
            var bearing = 2 * Math.PI * ray / rays;
            var (lo, hi) = (0.0, clearMetres);
            while (hi - lo > precisionMetres)
            {
                var mid = (lo + hi) / 2;
                var (lat, lon) = plane.ToDegrees(mid * Math.Sin(bearing), mid * Math.Cos(bearing));
                queries++;
                var answer = await oracle(lat, lon, 0);
                if (answer is null)
                {
                    return Finish(plane, boundary, queries, refused: true);
                }

                (lo, hi) = answer.Value ? (mid, hi) : (lo, mid);
            }

            var r = (lo + hi) / 2;
            boundary.Add((r * Math.Sin(bearing), r * Math.Cos(bearing), 0));
        }

        return Finish(plane, boundary, queries, refused: false);
    }

    private static AttackResult Finish(AttackPlane plane, List<(double East, double North, double Offset)> boundary, int queries, bool refused)
    {
        if (boundary.Count < 3)
        {
            return new AttackResult(null, null, queries, refused);
        }

        var (east, north) = (boundary.Average(p => p.East), boundary.Average(p => p.North));
        var radius = boundary.Average(p => Math.Sqrt(((p.East - east) * (p.East - east)) + ((p.North - north) * (p.North - north))));
        var fit = AttackPlane.FitCentre(boundary, east, north, radius);
        var (lat, lon) = plane.ToDegrees(fit.East, fit.North);
        return new AttackResult(lat, lon, queries, refused);
    }
}
