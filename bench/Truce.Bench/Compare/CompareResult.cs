namespace Truce.Bench.Compare;

/// <summary>
/// One workload's figures: seconds per timed round on each side (alternated), and how the answers
/// compared: answers compared, mismatches (must be 0) and answers left out as on a boundary (see
/// bench/README.md for the rule).
/// </summary>
internal sealed record CompareResult(
    string Id,
    string Workload,
    double Goal,
    double[] Truce,
    double[] Postgis,
    long Compared,
    long Mismatches,
    long OnBoundary,
    string Notes)
{
    public double TruceMedian => Median(Truce);

    public double PostgisMedian => Median(Postgis);

    /// <summary>PostGIS time / Truce time, medians of the same run.</summary>
    public double Ratio => PostgisMedian / TruceMedian;

    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
