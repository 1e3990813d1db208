using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Truce.Bench.Compare;

/// <summary>Writes bench/RESULTS.md from one run's figures: the machine, the versions, the table of ratios and each workload's notes.</summary>
internal static class CompareReport
{
    public static string Write(CompareContext context, IReadOnlyList<CompareResult> results, IReadOnlyList<string> setup, string loadStart, DateTime started)
    {
        var c = CultureInfo.InvariantCulture;
        var o = context.Options;
        var md = new StringBuilder();
        void Line(FormattableString s) => md.Append(s.ToString(c)).Append('\n');
        Line($"# Truce and PostGIS side by side (issue 9)");
        Line($"");
        Line($"Written by `bench/compare` — do not edit by hand; run it again. How to read it, the rules and what the figures mean: [README.md](README.md#side-by-side-with-postgis-issue-9).");
        Line($"");
        Line($"- **Run:** {started:yyyy-MM-dd HH:mm} – {DateTime.UtcNow:HH:mm} UTC, commit `{o.Commit}`; {o.Rows:N0} rows, {o.Rounds} timed rounds a workload, sides alternated (Truce, PostGIS, Truce, …), untimed warm-up before W2–W6 (Truce twice, for the tiered JIT; PostGIS once).");
        Line($"- **Machine:** {Cpu()}, {Environment.ProcessorCount} cores, {Memory()} RAM, {RuntimeInformation.OSDescription}; load average {loadStart} at the start, {LoadAverage()} at the end (the machine is shared: other engineers build and test on it).");
        Line($"- **Truce:** {RuntimeInformation.FrameworkDescription}, Release, SQLite {SqliteVersion()}; queries on {Environment.ProcessorCount} cores where the workload is a batch (W2, W3, W4, W6).");
        Line($"- **PostGIS:** {ComparePostgis.Versions(context)}, same machine, loopback; {ComparePostgis.Settings(context)}.");
        foreach (var s in setup)
        {
            Line($"- {s}");
        }

        Line($"");
        Line($"Ratio = PostGIS median / Truce median (higher is better for Truce). Times are seconds per round (W5: per {W5Bins.Queries} requests).");
        Line($"");
        Line($"| | workload | Truce median (min–max) | PostGIS median (min–max) | ratio | goal | | answers compared | mismatches | on boundary |");
        Line($"|---|---|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var r in results)
        {
            var met = r.Ratio >= r.Goal ? "met" : $"**not met** ({r.Ratio / r.Goal:P0} of goal)";
            Line($"| {r.Id} | {r.Workload} | {Seconds(r.Truce)} | {Seconds(r.Postgis)} | **{r.Ratio:0.0}×** | ≥ {r.Goal:0.#}× | {met} | {r.Compared:N0} | {r.Mismatches:N0} | {r.OnBoundary:N0} |");
        }

        Line($"");
        Line($"Per round (seconds):");
        Line($"");
        foreach (var r in results)
        {
            Line($"- {r.Id}: Truce {string.Join(", ", r.Truce.Select(x => x.ToString("0.000", c)))}; PostGIS {string.Join(", ", r.Postgis.Select(x => x.ToString("0.000", c)))}. {r.Notes}.");
        }

        File.WriteAllText(o.Output, md.ToString());
        return md.ToString();
    }

    private static string Seconds(double[] values) =>
        string.Create(CultureInfo.InvariantCulture, $"{CompareResult.Median(values):0.000} s ({values.Min():0.000}–{values.Max():0.000})");

    private static string Cpu() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string Memory()
    {
        var kb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024:0.0} GiB");
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string SqliteVersion()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }
}
