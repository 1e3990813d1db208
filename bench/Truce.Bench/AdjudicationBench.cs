using System.Diagnostics;
using System.Globalization;
using NetTopologySuite.Geometries;
using Truce.Domain.Adjudication;
using Truce.Domain.Events;
using Truce.Formats.GeoJson;
using Truce.Formats.Reading;
using Truce.Formats.Ucdp;
using Truce.Geo.Admin;
using Truce.Storage.Adjudication;

namespace Truce.Bench;

/// <summary>
/// <c>adjudicate [EVENTS] [YEAR]</c>: the bundled Aleppo 2016 scenario (3 stakeholders × 2 agreements,
/// real designations and control timeline: 125 neighbourhood records and 6,137 front-map places)
/// applied to EVENTS events drawn in turn from the real UCDP GED Syria 2016–2019 file (16,566
/// events, so 1M is about 60 passes; with YEAR only that year's, e.g. 2016 when both agreements
/// were in force). Timed, single thread: placing each event on the control
/// timeline plus judging it (6 verdicts), and judging alone over pre-placed events. Building the
/// cases is setup.
/// </summary>
internal static class AdjudicationBench
{
    public static int Run(string repo, int count, int? year)
    {
        var c = CultureInfo.InvariantCulture;
        var data = Path.Combine(repo, "data");
        var neighbourhoods = Layer(data, "syr_neighborhoods.geojson").ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);
        var admin = new List<AdminBoundary>();
        foreach (var layer in (string[])["syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson"])
        {
            admin.AddRange(Layer(data, layer));
        }

        var scenario = ScenarioLoader.Load(ScenarioFiles.Read(Path.Combine(data, "aleppo-2016", "terms.json")), neighbourhoods);
        var lookup = new AdminLookup(admin);
        var real = new List<(ConflictEvent Event, AdminCodes Admin)>();
        using (var reader = new UcdpGedReader(File.OpenRead(Path.Combine(data, "ucdp", "ged_syria_2016-2019.csv")), "ged", new ReaderOptions { KeepOriginal = false }))
        {
            foreach (var row in reader.ReadEvents())
            {
                var e = row.Event!;
                if (year is { } y && e.DateStart.Year != y)
                {
                    continue;
                }

                real.Add((e, e.HasPoint ? lookup.Assign(e.Longitude!.Value, e.Latitude!.Value, e.SupportedAdminLevel) : AdminCodes.None));
            }
        }

        var polygons = admin.ToDictionary(b => b.Pcode, b => (Geometry)b.Geometry, StringComparer.Ordinal);
        var adjudicator = new Adjudicator(scenario.Inputs);
        var sites = new EventSites(scenario.Timeline, polygons);
        Console.WriteLine(string.Create(c, $"scenario: {adjudicator.Stakeholders.Count} stakeholders × {adjudicator.Agreements.Count} agreements = {adjudicator.VerdictsPerCase} verdicts per event; {scenario.Control.Count:N0} control records; {real.Count:N0} real events → {count:N0}"));

        var slots = new Verdict[adjudicator.VerdictsPerCase];
        var outcomes = new long[6];
        var full = new List<double>();
        for (var pass = 0; pass < 5; pass++)
        {
            Array.Clear(outcomes);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var (e, codes) = real[i % real.Count];
                var site = sites.Of(e, codes);
                adjudicator.Judge(new AdjudicationCase(e.SourceId, e.DateStart, e.DateEnd, e.EventType, e.Country, codes, e.Actor1, e.Actor2, site), slots);
                foreach (var v in slots)
                {
                    outcomes[(int)v.Outcome]++;
                }
            }

            full.Add(watch.Elapsed.TotalSeconds);
        }

        var cases = new AdjudicationCase[count];
        for (var i = 0; i < count; i++)
        {
            var (e, codes) = real[i % real.Count];
            cases[i] = new AdjudicationCase(e.SourceId, e.DateStart, e.DateEnd, e.EventType, e.Country, codes, e.Actor1, e.Actor2, sites.Of(e, codes));
        }

        var judge = new List<double>();
        for (var pass = 0; pass < 5; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var a in cases)
            {
                adjudicator.Judge(a, slots);
            }

            judge.Add(watch.Elapsed.TotalSeconds);
        }

        full.Sort();
        judge.Sort();
        var verdicts = (double)count * adjudicator.VerdictsPerCase;
        Console.WriteLine(string.Create(c, $"outcomes per pass: not-applicable {outcomes[1]:N0}, outside {outcomes[2]:N0}, permitted {outcomes[3]:N0}, violation {outcomes[4]:N0}, indeterminate {outcomes[5]:N0}"));
        Console.WriteLine(string.Create(c, $"place+judge: median {full[2]:0.000} s (min {full[0]:0.000}, max {full[4]:0.000}) = {verdicts / full[2] / 1e6:0.00} M verdicts/s"));
        Console.WriteLine(string.Create(c, $"judge only:  median {judge[2]:0.000} s (min {judge[0]:0.000}, max {judge[4]:0.000}) = {verdicts / judge[2] / 1e6:0.00} M verdicts/s"));
        return 0;
    }

    private static List<AdminBoundary> Layer(string data, string name)
    {
        using var s = File.OpenRead(Path.Combine(data, "ocha", name));
        return [.. AdminGeoJsonReader.Read(s, name)];
    }
}
