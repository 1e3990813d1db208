using System.Diagnostics;
using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Sources;
using Truce.Formats.Control;
using Truce.Formats.GeoJson;
using Truce.Geo.Control;

namespace Truce.Bench;

/// <summary>
/// Control timeline lookups, single-threaded: <c>control-lookup</c> (controller at a point and day
/// over 272 real OCHA neighbourhood polygons × 100 control versions each) and <c>nearest-place</c>
/// (nearest controlled place among 5,000 real 2017 front-map points). Reports the median of five
/// timed passes over a million precomputed queries, after a warm-up pass.
/// </summary>
internal static class ControlBench
{
    private const int Queries = 1_000_000;
    private static readonly string[] Controllers = ["Government/allies", "Opposition/rebels", "YPG/SDF", "Contested"];
    private static readonly DateOnly Start = new(2012, 1, 1);

    public static int Lookup(string repo)
    {
        using var s = File.OpenRead(Path.Combine(repo, "data", "ocha", "syr_neighborhoods.geojson"));
        var polygons = AdminGeoJsonReader.Read(s, "syr_neighborhoods.geojson").OrderBy(b => b.Pcode, StringComparer.Ordinal).Take(272).ToArray();
        var random = new Random(272);
        var records = new List<ControlRecord>();
        foreach (var b in polygons)
        {
            // 100 versions of 7 to 20 days each; consecutive versions share their capture day (both ends inclusive).
            var from = Start.AddDays(random.Next(30));
            for (var v = 0; v < 100; v++)
            {
                var to = from.AddDays(6 + random.Next(14));
                records.Add(new ControlRecord
                {
                    Id = $"{b.Pcode}#{v}",
                    Controller = Controllers[random.Next(Controllers.Length)],
                    Shape = ControlShape.Area,
                    AreaCode = b.Pcode,
                    Geometry = b.Geometry,
                    From = from,
                    To = v == 99 ? null : to,
                    Source = new SourceRef("bench", $"{b.Pcode}#{v}"),
                });
                from = to;
            }
        }

        var build = Stopwatch.StartNew();
        var timeline = new ControlTimeline(records);
        build.Stop();
        var (lat, lon, days) = (new double[Queries], new double[Queries], new DateOnly[Queries]);
        for (var i = 0; i < Queries; i++)
        {
            // A point in a random polygon's envelope (some fall between polygons), a day within the versions' span.
            var env = polygons[random.Next(polygons.Length)].Geometry.EnvelopeInternal;
            lon[i] = env.MinX + (random.NextDouble() * env.Width);
            lat[i] = env.MinY + (random.NextDouble() * env.Height);
            days[i] = Start.AddDays(random.Next(1400));
        }

        Report("control-lookup", $"{polygons.Length} polygons x 100 versions = {records.Count} records, built in {build.Elapsed.TotalSeconds:0.000}s", timeline, lat, lon, days);
        return 0;
    }

    public static int NearestPlace(string repo)
    {
        using var reader = new FrontMapPointReader(File.OpenRead(Path.Combine(repo, "data", "control-2017", "control_points.csv")), "control_points.csv", FrontMapPointReader.Syria2017);
        var random = new Random(5000);
        var places = reader.Read().Records.OrderBy(_ => random.Next()).Take(5000).ToArray();
        var build = Stopwatch.StartNew();
        var timeline = new ControlTimeline(places);
        build.Stop();
        var (lat, lon, days) = (new double[Queries], new double[Queries], new DateOnly[Queries]);
        for (var i = 0; i < Queries; i++)
        {
            // Events near places (within ~5 km of a random point), as strikes and clashes are.
            var p = (Point)places[random.Next(places.Length)].Geometry!;
            lat[i] = p.Y + ((random.NextDouble() - 0.5) * 0.09);
            lon[i] = p.X + ((random.NextDouble() - 0.5) * 0.11);
            days[i] = new DateOnly(2017, 6, 1).AddDays(random.Next(92));
        }

        Report("nearest-place", $"{places.Length} places (real 2017 points, shuffled), radius 5 km, built in {build.Elapsed.TotalSeconds:0.000}s", timeline, lat, lon, days);
        return 0;
    }

    private static void Report(string name, string setup, ControlTimeline timeline, double[] lat, double[] lon, DateOnly[] days)
    {
        var rates = new List<double>();
        var (area, place, allocated) = (0L, 0L, 0L);
        for (var pass = 0; pass < 6; pass++)
        {
            (area, place) = (0, 0);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < lat.Length; i++)
            {
                var answer = timeline.At(lat[i], lon[i], days[i]);
                area += answer.Basis == ControlBasis.Area ? 1 : 0;
                place += answer.Basis == ControlBasis.NearestPlace ? 1 : 0;
            }

            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (pass > 0)
            {
                rates.Add(lat.Length / watch.Elapsed.TotalSeconds);
            }
        }

        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {setup}\n{name},{lat.Length},{rates[2]:0},{rates[0]:0},{rates[^1]:0},area-hits {area},place-hits {place},alloc/lookup {allocated / (double)lat.Length:0.0} B"));
    }
}
