using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Truce.Server.Hosting;
using Truce.Server.Map;
using Truce.Storage.Map;
using Truce.Storage.Queries;
using Truce.Storage.Sqlite;

namespace Truce.Bench;

/// <summary>
/// The map bins endpoint at scale: the demo database's events and verdicts (16,566 real UCDP
/// events, 6 verdicts each) replicated to N events with new keys — same days, points and
/// outcomes, as the import benchmark's 1M file repeats the real one — indexed once, then many
/// random city (30 days) and country (365 days) queries, timed server-side: the index query alone,
/// and with the JSON the endpoint writes.
/// </summary>
internal static class BinsBench
{
    private static readonly BoundingBox Syria = new(35.5, 32.3, 42.5, 37.4);

    public static int Run(string demoDb, int events, int requests)
    {
        var index = Index(demoDb, events, out var build);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {index.Count:N0} events, {index.Slots} verdict slots each, built in {build.TotalSeconds:0.00} s; heap {GC.GetTotalMemory(true) / 1e6:0} MB"));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var random = new Random(20161231);
        var points = Enumerable.Range(0, index.Count).Where(i => i % 97 == 0).Select(i => (index.Longitude(i), index.Latitude(i))).ToArray();
        var (first, last) = (index.FirstDay!.Value.DayNumber, index.LastDay!.Value.DayNumber);

        // A city view: about 30 km × 22 km around a place where events happen; cells of a zoom-11 view.
        (BoundingBox, DateOnly, DateOnly, double) City()
        {
            var (lon, lat) = points[random.Next(points.Length)];
            var from = random.Next(first, last - 29);
            return (new BoundingBox(lon - 0.15, lat - 0.1, lon + 0.15, lat + 0.1), DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(from + 29), 360.0 / 2048 / 16);
        }

        // The whole country over a year; cells of a zoom-7 view.
        (BoundingBox, DateOnly, DateOnly, double) Country()
        {
            var from = random.Next(first, last - 364);
            return (Syria, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(from + 364), 360.0 / 128 / 16);
        }

        foreach (var (name, make) in new (string, Func<(BoundingBox, DateOnly, DateOnly, double)>)[] { ("city, 30 days", City), ("country, 365 days", Country) })
        {
            var queries = Enumerable.Range(0, requests + (requests / 10)).Select(_ => make()).ToArray();
            var (query, withJson) = (new List<double>(), new List<double>());
            long cells = 0, matched = 0;
            var buffer = new MemoryStream(1 << 20);
            for (var q = 0; q < queries.Length; q++)
            {
                var (box, from, to, cell) = queries[q];
                var start = Stopwatch.GetTimestamp();
                var bins = index.Bins(box, from, to, cell);
                var mid = Stopwatch.GetTimestamp();
                buffer.SetLength(0);
                JsonSerializer.Serialize(buffer, bins, json);
                var end = Stopwatch.GetTimestamp();
                if (q < requests / 10)
                {
                    continue; // warm-up
                }

                query.Add(Stopwatch.GetElapsedTime(start, mid).TotalMilliseconds);
                withJson.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
                cells += bins.Cells.Count;
                matched += bins.Events;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {requests} requests, {matched / (double)requests:N0} events and {cells / (double)requests:N0} cells per request; query p50 {P(query, 0.5):0.000} ms p99 {P(query, 0.99):0.000} ms max {query.Max():0.000}; with JSON p50 {P(withJson, 0.5):0.000} ms p99 {P(withJson, 0.99):0.000} ms max {withJson.Max():0.000}"));
        }

        return 0;
    }

    /// <summary>The real server over the demo database, its map index replaced by the N-event one, until Ctrl+C (for wrk).</summary>
    public static int Serve(string demoDb, int events, string urls)
    {
        var index = Index(demoDb, events, out _);
        using var app = TruceServer.Build(new ServerOptions(Path.GetFullPath(demoDb), urls));
        var store = app.Services.GetRequiredService<StoreAccess>();
        string version;
        using (var s = store.Open())
        {
            version = s.MapVersion();
        }

        app.Services.GetRequiredService<MapDataCache>().Set(new MapData(store, version, index));
        app.Start();
        Console.WriteLine($"serving {index.Count:N0} events at {urls}");
        app.WaitForShutdown();
        return 0;
    }

    private static MapIndex Index(string demoDb, int events, out TimeSpan build)
    {
        using var store = SqliteEventStore.Open(demoDb);
        var watch = Stopwatch.StartNew();
        var realEvents = store.MapEvents().ToList();
        var realVerdicts = store.MapVerdicts().GroupBy(v => v.EventKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {realEvents.Count:N0} events and {realVerdicts.Values.Sum(v => v.Length):N0} verdicts from {demoDb} in {watch.Elapsed.TotalSeconds:0.00} s"));
        var scenario = new Truce.Storage.Adjudication.AdjudicationService(store, store).LoadScenario();
        var copies = (events + realEvents.Count - 1) / realEvents.Count;
        var keys = Enumerable.Range(0, events).Select(i => (Real: realEvents[i % realEvents.Count], Key: $"{realEvents[i % realEvents.Count].Key}#{i / realEvents.Count}")).ToArray();
        IEnumerable<MapVerdict> Verdicts()
        {
            foreach (var (real, key) in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                foreach (var v in realVerdicts.GetValueOrDefault(real.Key, []))
                {
                    yield return v with { EventKey = key };
                }
            }
        }

        var synthetic = keys.Select(k => k.Real with { Key = k.Key }).ToArray();
        watch.Restart();
        var index = MapIndex.Build(
            synthetic,
            Verdicts(),
            [.. scenario.Terms.Agreements.Select(a => new NamedId(a.Id, a.Name))],
            [.. scenario.Terms.Stakeholders.Select(s => new NamedId(s.Id, s.Name))]);
        build = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{copies} copies of the real events; index build (sort, verdict slots) {build.TotalSeconds:0.00} s"));
        return index;
    }

    private static double P(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    }
}
