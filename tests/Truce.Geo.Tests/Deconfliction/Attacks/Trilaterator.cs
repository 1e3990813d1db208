namespace Truce.Geo.Tests.Deconfliction.Attacks;

/// <summary>
/// Trilateration: from centres spread around the suspected area, well outside it, binary-search
/// the smallest strike radius that conflicts (the distance from the centre to the checked
/// boundary), then solve for the centre and radius that best explain those distances.
/// </summary>
internal static class Trilaterator
{
    /// <summary>Runs the attack.</summary>
    /// <param name="oracle">(latitude, longitude, radius metres) → conflict, clear, or null when refused (the attacker then stops).</param>
    /// <param name="latitude">The centre of the suspected area.</param>
    /// <param name="longitude">Its longitude.</param>
    /// <param name="distanceMetres">How far from it the centres are (the odd ones half as far again), beyond the protected area.</param>
    /// <param name="maxRadiusMetres">A strike radius that certainly conflicts from every centre.</param>
    /// <param name="maxQueries">How many queries to spend: as many centres as fit (at least 3).</param>
    /// <param name="precisionMetres">Where each radius search stops.</param>
    public static async ValueTask<AttackResult> Run(Func<double, double, double, ValueTask<bool?>> oracle, double latitude, double longitude,
        double distanceMetres, double maxRadiusMetres, int maxQueries, double precisionMetres = 0.01)
    {
        var plane = new AttackPlane(latitude, longitude);
        var perCentre = 1 + (int)Math.Ceiling(Math.Log2(maxRadiusMetres / precisionMetres));
        var count = Math.Max(3, maxQueries / perCentre);
        var found = new List<(double East, double North, double Offset)>();
        var queries = 0;
        for (var i = 0; i < count; i++)
        {
            var bearing = 2 * Math.PI * i / count;
            var distance = i % 2 == 0 ? distanceMetres : distanceMetres * 1.5;
            var (east, north) = (distance * Math.Sin(bearing), distance * Math.Cos(bearing));
            var (lat, lon) = plane.ToDegrees(east, north);
            queries++;
            var reaches = await oracle(lat, lon, maxRadiusMetres);
            if (reaches is null)
            {
                return Finish(plane, found, queries, refused: true);
            }

            if (!reaches.Value)
            {
                continue;
            }

            var (lo, hi) = (0.0, maxRadiusMetres);
            while (hi - lo > precisionMetres)
            {
                var mid = (lo + hi) / 2;
                queries++;
                var answer = await oracle(lat, lon, mid);
                if (answer is null)
                {
                    return Finish(plane, found, queries, refused: true);
                }

                (lo, hi) = answer.Value ? (lo, mid) : (mid, hi);
            }

            found.Add((east, north, (lo + hi) / 2));
        }

        return Finish(plane, found, queries, refused: false);
    }

    private static AttackResult Finish(AttackPlane plane, List<(double East, double North, double Offset)> found, int queries, bool refused)
    {
        if (found.Count < 3)
        {
            return new AttackResult(null, null, queries, refused);
        }

        // Start at the suspected centre, with the radius the first distance implies.
        var first = found[0];
        var radius = Math.Sqrt((first.East * first.East) + (first.North * first.North)) - first.Offset;
        var fit = AttackPlane.FitCentre(found, 0, 0, radius);
        var (lat, lon) = plane.ToDegrees(fit.East, fit.North);
        return new AttackResult(lat, lon, queries, refused);
    }
}
