using System.Globalization;

namespace Truce.Bench.Compare;

/// <summary>
/// <c>compare</c> (issue 9): prepares the same data for Truce and for PostGIS, runs each workload
/// on both in alternation and writes the table of ratios (PostGIS time / Truce time) to
/// RESULTS.md. See bench/README.md, "Side by side with PostGIS (issue 9)".
/// </summary>
internal static class CompareBench
{
    public static int Run(string[] args, string repo)
    {
        var options = CompareOptions.Parse(args);
        var started = DateTime.UtcNow;
        var loadStart = CompareReport.LoadAverage();
        Directory.CreateDirectory(options.Work);
        var context = new CompareContext(options, repo);
        var c = CultureInfo.InvariantCulture;
        if (!File.Exists(context.Csv))
        {
            CompareRounds.Log($"writing {context.Csv}");
            CompareEvents.Write(Path.Combine(repo, "data", "ucdp", "ged_syria_2016-2019.csv"), context.Csv, options.Rows);
        }

        context.Inputs = CompareInputs.Build(repo, Communities(repo), 5_000, 10_000);
        ComparePostgis.ResetSchema(context);
        var results = new List<CompareResult>();
        var rounds = options.Rounds;
        var w1 = W1Import.Run(context, options.Runs("W1") ? rounds : 1);
        if (options.Runs("W1"))
        {
            results.Add(w1);
        }

        var inputs = ComparePostgis.LoadInputs(context);
        var points = ComparePostgis.LoadEvents(context);
        var setup = new List<string>
        {
            string.Create(c, $"**Data:** {context.Count:N0} events (the real UCDP GED Syria 2016–2019 file, 16,566 rows, then copies jittered by ±0.01° and ±3 days), {context.Inputs.Admin3.Count} OCHA admin3 polygons, {context.Inputs.Aleppo.Count} Aleppo neighbourhoods (the city viewport), {context.Inputs.Timeline.Count:N0} control records, {context.Inputs.Places.Length:N0} controlled places and {context.Inputs.Sites.Length:N0} site points from the 5,251 OCHA community points (fixed seeds)."),
            string.Create(c, $"**Untimed preparation:** PostGIS tables for the inputs (subdivision, indexes, VACUUM ANALYZE) {inputs:0.0} s; the events' query table `pts` from W1's table (clustered by day, 4 indexes, VACUUM ANALYZE) {points:0.0} s. Truce's in-memory indexes: build times in the notes below."),
        };
        CompareRounds.Log($"PostGIS inputs {inputs:0.0} s, points table {points:0.0} s");
        if (options.Runs("W2"))
        {
            results.Add(W2Admin.Run(context, rounds));
        }

        if (options.Runs("W3"))
        {
            results.Add(W3Control.Run(context, rounds));
        }

        if (options.Runs("W4"))
        {
            results.Add(W4Nearest.Run(context, rounds));
        }

        if (options.Runs("W5"))
        {
            results.AddRange(W5Bins.Run(context, rounds));
        }

        if (options.Runs("W6"))
        {
            results.Add(W6Sites.Run(context, rounds));
        }

        Console.Write(CompareReport.Write(context, results, setup, loadStart, started));
        return results.All(r => r.Mismatches == 0) ? 0 : 1;
    }

    /// <summary>The OCHA community points of 2015 (the places and sites are drawn from them).</summary>
    public static string Communities(string repo)
    {
        var communities = Path.Combine(repo, "..", "shared", "data", "syria-communities-2015", "syr_admin4_point.geojson");
        return File.Exists(communities) ? communities : "/work/shared/data/syria-communities-2015/syr_admin4_point.geojson";
    }
}
