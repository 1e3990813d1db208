using System.Globalization;

namespace Truce.Bench.Compare;

/// <summary>
/// Runs a workload on both sides in alternation — Truce, PostGIS, Truce, PostGIS, … — so that
/// machine noise (other builds on the same two cores) falls on both, and returns each side's
/// timed seconds. Each side's function does its own untimed preparation and returns only the
/// seconds of its timed part.
/// </summary>
internal static class CompareRounds
{
    /// <summary>Rounds of (Truce, PostGIS); <paramref name="warmUp"/>: two untimed rounds of Truce (tiered JIT) and one of PostGIS (caches) first, for the query workloads.</summary>
    public static (double[] Truce, double[] Postgis) Alternate(string id, int rounds, bool warmUp, Func<double> truce, Func<double> postgis)
    {
        if (warmUp)
        {
            // Truce twice, then a pause: the tiered JIT installs its optimised code in the background after about 30 calls.
            var first = truce();
            Thread.Sleep(300);
            Log($"{id} warm-up: truce {first:0.000} s and {truce():0.000} s, postgis {postgis():0.000} s");
        }

        var (t, p) = (new double[rounds], new double[rounds]);
        for (var r = 0; r < rounds; r++)
        {
            t[r] = truce();
            p[r] = postgis();
            Log($"{id} round {r + 1}/{rounds}: truce {t[r]:0.000} s, postgis {p[r]:0.000} s");
        }

        return (t, p);
    }

    public static void Log(FormattableString message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] ") + message.ToString(CultureInfo.InvariantCulture));
}
