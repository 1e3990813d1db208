namespace Truce.Geo.Tests.Deconfliction.Attacks;

/// <summary>
/// The grid scan: a coarse square lattice of points (constant latitude and longitude steps) around
/// a suspected area, then each lattice cell whose corners disagree is refined by quartering, keeping
/// a quarter whose corners still disagree, down to <c>precision</c> metres; a circle is fitted to
/// the centres of the final cells. Strike radius 0.
/// </summary>
internal static class GridScanner
{
    /// <summary>Runs the attack.</summary>
    /// <param name="oracle">(latitude, longitude, radius metres) → conflict, clear, or null when refused (the attacker then stops).</param>
    /// <param name="latitude">The centre of the suspected area.</param>
    /// <param name="longitude">Its longitude.</param>
    /// <param name="halfWidthMetres">Half the side of the coarse lattice.</param>
    /// <param name="perSide">Points on a side of the coarse lattice.</param>
    /// <param name="maxQueries">At most this many queries.</param>
    /// <param name="precisionMetres">The side of the final cells.</param>
    public static async ValueTask<AttackResult> Run(Func<double, double, double, ValueTask<bool?>> oracle, double latitude, double longitude,
        double halfWidthMetres, int perSide, int maxQueries, double precisionMetres = 1)
    {
        var plane = new AttackPlane(latitude, longitude);
        var step = 2 * halfWidthMetres / (perSide - 1);
        var answers = new Dictionary<(long, long), bool>();
        var queries = 0;
        var refused = false;

        // Answer at a lattice point, asked once; points are keyed by millimetre so refinements reuse coarse answers.
        async ValueTask<bool?> At(double east, double north)
        {
            var key = ((long)Math.Round(east * 1_000), (long)Math.Round(north * 1_000));
            if (answers.TryGetValue(key, out var known))
            {
                return known;
            }

            if (refused || queries >= maxQueries)
            {
                return null;
            }

            var (lat, lon) = plane.ToDegrees(east, north);
            queries++;
            var answer = await oracle(lat, lon, 0);
            if (answer is null)
            {
                refused = true;
                return null;
            }

            answers[key] = answer.Value;
            return answer.Value;
        }

        var grid = new bool[perSide, perSide];
        for (var row = 0; row < perSide; row++)
        {
            for (var column = 0; column < perSide; column++)
            {
                var answer = await At(-halfWidthMetres + (column * step), -halfWidthMetres + (row * step));
                if (answer is null)
                {
                    return new AttackResult(null, null, queries, refused);
                }

                grid[row, column] = answer.Value;
            }
        }

        var cells = new List<(double East, double North)>();
        for (var row = 0; row + 1 < perSide; row++)
        {
            for (var column = 0; column + 1 < perSide; column++)
            {
                var corners = new[] { grid[row, column], grid[row, column + 1], grid[row + 1, column], grid[row + 1, column + 1] };
                if (corners.Distinct().Count() == 2)
                {
                    cells.Add((-halfWidthMetres + (column * step), -halfWidthMetres + (row * step)));
                }
            }
        }

        var boundary = new List<(double East, double North, double Offset)>();
        foreach (var (cellEast, cellNorth) in cells)
        {
            var (x, y, side) = (cellEast, cellNorth, step);
            while (side > precisionMetres)
            {
                var half = side / 2;
                (double X, double Y)? mixed = null;
                foreach (var (qx, qy) in new[] { (x, y), (x + half, y), (x, y + half), (x + half, y + half) })
                {
                    var a = await At(qx, qy);
                    var b = await At(qx + half, qy);
                    var c = await At(qx, qy + half);
                    var d = await At(qx + half, qy + half);
                    if (a is null || b is null || c is null || d is null)
                    {
                        return Finish(plane, boundary, queries, refused);
                    }

                    if (mixed is null && !(a == b && b == c && c == d))
                    {
                        mixed = (qx, qy);
                    }
                }

                (x, y, side) = (mixed!.Value.X, mixed.Value.Y, half);
            }

            boundary.Add((x + (side / 2), y + (side / 2), 0));
        }

        return Finish(plane, boundary, queries, refused);
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
