using System.Text;
using System.Text.Json;
using Truce.Domain.Control;
using Truce.Domain.Events;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;

namespace Truce.Bench.Compare;

/// <summary>A point with an id: a controlled place or a protected site.</summary>
internal readonly record struct NamedPoint(string Id, double Longitude, double Latitude);

/// <summary>
/// Everything but the events, built once and identically for both sides from the bundled OCHA
/// layers, the 2015 community points and fixed seeds: the 272 admin3 polygons, the Aleppo
/// neighbourhoods (for the city viewport), the control timeline (272 polygons × 100 weekly
/// versions), 5,000 controlled places and 10,000 protected-site points.
/// </summary>
internal sealed class CompareInputs
{
    public static readonly string[] Controllers = ["Government/allies", "Opposition/rebels", "YPG/SDF", "ISIS"];

    /// <summary>Day 0 of the timeline; each polygon's first version starts 0–6 days later.</summary>
    public static readonly DateOnly TimelineStart = new(2015, 12, 25);

    public const int Versions = 100;
    public const double PlaceRadiusMetres = 5_000;
    public const double SiteRadiusMetres = 500;

    private CompareInputs(IReadOnlyList<AdminBoundary> admin3, IReadOnlyList<AdminBoundary> aleppo, IReadOnlyList<ControlRecord> timeline, NamedPoint[] places, NamedPoint[] sites)
    {
        (Admin3, Aleppo, Timeline, Places, Sites) = (admin3, aleppo, timeline, places, sites);
    }

    /// <summary>Admin3 polygons ordered by P-code (the order of the PostGIS side's codes).</summary>
    public IReadOnlyList<AdminBoundary> Admin3 { get; }

    /// <summary>The Aleppo city neighbourhoods (admin1 SY02 in the neighbourhood layer).</summary>
    public IReadOnlyList<AdminBoundary> Aleppo { get; }

    /// <summary>Area records, polygon by polygon, version by version; the last version of each polygon is open-ended.</summary>
    public IReadOnlyList<ControlRecord> Timeline { get; }

    public NamedPoint[] Places { get; }

    public NamedPoint[] Sites { get; }

    public static CompareInputs Build(string repo, string communities, int placeCount, int siteCount)
    {
        var admin3 = Read(Path.Combine(repo, "data", "ocha", "syr_admin3.geojson")).Where(b => b.Level == AdminLevel.Admin3)
            .OrderBy(b => b.Pcode, StringComparer.Ordinal).ToArray();
        var aleppo = Read(Path.Combine(repo, "data", "ocha", "syr_neighborhoods.geojson"))
            .Where(b => string.Equals(b.Admin1Pcode, "SY02", StringComparison.Ordinal)).ToArray();
        if (admin3.Length == 0 || aleppo.Length == 0)
        {
            throw new InvalidDataException("no admin3 polygons or no Aleppo neighbourhoods were read");
        }

        var random = new Random(272);
        var timeline = new List<ControlRecord>(admin3.Length * Versions);
        foreach (var b in admin3)
        {
            var from = TimelineStart.AddDays(random.Next(7));
            for (var v = 0; v < Versions; v++)
            {
                timeline.Add(new ControlRecord
                {
                    Id = $"{b.Pcode}#{v}",
                    Controller = Controllers[random.Next(Controllers.Length)],
                    Shape = ControlShape.Area,
                    AreaCode = b.Pcode,
                    Geometry = b.Geometry,
                    From = from,
                    To = v == Versions - 1 ? null : from.AddDays(6),
                    Source = new SourceRef("bench", $"{b.Pcode}#{v}"),
                });
                from = from.AddDays(7);
            }
        }

        var points = Communities(communities);
        var placeOrder = new Random(5_000);
        var places = points.OrderBy(_ => placeOrder.Next()).Take(placeCount).ToArray();
        var siteOrder = new Random(10_000);
        var shuffled = points.OrderBy(_ => siteOrder.Next()).ToArray();
        var sites = new NamedPoint[siteCount];
        for (var i = 0; i < siteCount; i++)
        {
            // Each community gives about two sites, each within about ±500 m of it.
            var p = shuffled[i % shuffled.Length];
            sites[i] = new NamedPoint($"site-{i:D5}", Math.Round(p.Longitude + ((siteOrder.NextDouble() - 0.5) * 0.01), 6),
                Math.Round(p.Latitude + ((siteOrder.NextDouble() - 0.5) * 0.01), 6));
        }

        return new CompareInputs(admin3, aleppo, timeline, places, sites);
    }

    /// <summary>One place record per place, in force since 2010 and open-ended.</summary>
    public IEnumerable<ControlRecord> PlaceRecords() => Places.Select((p, i) => new ControlRecord
    {
        Id = p.Id,
        Controller = Controllers[i % Controllers.Length],
        Shape = ControlShape.Place,
        Geometry = Wgs84.Point(p.Longitude, p.Latitude),
        From = new DateOnly(2010, 1, 1),
        Source = new SourceRef("bench", p.Id),
    });

    private static IReadOnlyList<AdminBoundary> Read(string path)
    {
        using var s = File.OpenRead(path);
        return AdminGeoJsonReader.Read(s, Path.GetFileName(path));
    }

    /// <summary>The 5,251 community points, by P-code (the file has a few invalid UTF-8 bytes in Arabic names: replaced).</summary>
    private static NamedPoint[] Communities(string path)
    {
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        var result = new List<NamedPoint>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            var xy = c[0].ValueKind == JsonValueKind.Array ? c[0] : c;
            result.Add(new NamedPoint(f.GetProperty("properties").GetProperty("PCODE").GetString()!, xy[0].GetDouble(), xy[1].GetDouble()));
        }

        return [.. result.DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
