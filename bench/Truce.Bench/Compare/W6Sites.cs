using System.Diagnostics;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Geo.Deconfliction;
using Truce.Geo.Indexing;

namespace Truce.Bench.Compare;

/// <summary>
/// W6: is each event's point within 500 m (geodesic, WGS 84 ellipsoid) of any of 10,000 protected
/// point sites — yes or no. Truce: <see cref="ProtectedSiteIndex.MarkWithin"/> (the deconfliction
/// checker's answer for a point strike of radius 0, driven from the sites into a <see cref="PointGrid"/>
/// of the events, as PostGIS's query is driven from the sites into the events' GiST index) on both
/// cores, with a zero <see cref="ProtectionBuffer"/> (no secret shift or margin: the geometry PostGIS
/// is given). The one-by-one check of each point is timed after the rounds, for the notes.
/// PostGIS: the expert's <see cref="Sql"/> (chosen by measurement, see bench/README.md) on the
/// geography GiST indexes, returning the ids of the points within reach; every other point is "no".
/// </summary>
internal static class W6Sites
{
    // Sites outer: 10,000 probes of the points' geography GiST index (0.7 s at 1M). OFFSET 0 keeps the planner from
    // flattening the LATERAL into a join it drives from the million points (EXISTS per point: 3.0–3.4 s; plain join: 4.0 s).
    public const string Sql = """
        SELECT DISTINCT n.id
        FROM sites s
        CROSS JOIN LATERAL (SELECT e.id FROM pts e WHERE ST_DWithin(e.geog, s.geog, 500) OFFSET 0) n
        """;

    public static CompareResult Run(CompareContext context, int rounds)
    {
        var day = new DateTimeOffset(2016, 9, 19, 0, 0, 0, TimeSpan.Zero);
        var sites = context.Inputs.Sites.Select(s => new ProtectedSite
        {
            Id = s.Id,
            Category = SiteCategory.Hospital,
            Geometry = Wgs84.Point(s.Longitude, s.Latitude),
            RadiusMetres = CompareInputs.SiteRadiusMetres,
            Contact = new ContactChannel("desk"),
        });
        var build = Stopwatch.StartNew();
        var index = new ProtectedSiteIndex(sites, new ProtectionBuffer(new byte[32], 0, 0, 0, 0));
        var built = build.Elapsed.TotalSeconds;
        build.Restart();
        var grid = new PointGrid(context.Lat, context.Lon);
        var gridBuilt = build.Elapsed.TotalSeconds;
        var to = day.AddHours(1);
        var truce = new bool[context.Count];
        var postgis = new List<int>();
        var (t, p) = CompareRounds.Alternate("W6", rounds, warmUp: true,
            () =>
            {
                var watch = Stopwatch.StartNew();
                Array.Clear(truce);
                index.MarkWithin(grid, day, to, truce);
                return watch.Elapsed.TotalSeconds;
            },
            () => context.TimedRows(Sql, postgis, r => r.GetInt32(0)));

        // The other direction, for the notes: each point looked up on its own, as the strike checks (and the server's batch) do.
        var each = new bool[context.Count];
        var oneByOne = Enumerable.Range(0, rounds + 1).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            CompareContext.Parallel(context.Count, (start, end) =>
            {
                for (var i = start; i < end; i++)
                {
                    each[i] = !index.Check(context.Lat[i], context.Lon[i], 0, day, to).IsClear;
                }
            });
            return watch.Elapsed.TotalSeconds;
        }).Skip(1).Order().ToArray();
        var differ = Enumerable.Range(0, context.Count).Count(i => each[i] != truce[i]);

        var pg = new bool[context.Count];
        foreach (var id in postgis)
        {
            pg[context.IndexOf[id]] = true;
        }

        var disputed = Enumerable.Range(0, context.Count).Where(i => truce[i] != pg[i]).ToArray();
        var boundary = disputed.Count(i => NearestIsAtRadius(context, i));
        return new CompareResult("W6", $"radius check against {context.Inputs.Sites.Length:N0} sites (500 m), yes/no per point", 50, t, p,
            context.Count, disputed.Length - boundary, boundary, $"{truce.Count(x => x):N0} points within 500 m of a site; ProtectedSiteIndex built in {built:0.00} s, the points' PointGrid in {gridBuilt:0.00} s (as PostGIS's index on them, untimed); "
            + $"each point checked on its own instead (ProtectedSiteIndex.Check, 2 cores): median {oneByOne[oneByOne.Length / 2]:0.000} s ({oneByOne[0]:0.000}–{oneByOne[^1]:0.000}), {differ} answers differing");
    }

    /// <summary>The boundary rule: the nearest site lies within 1 mm of 500 m (PostGIS's spheroid distance).</summary>
    private static bool NearestIsAtRadius(CompareContext context, int i)
    {
        using var connection = context.Connect();
        using var cmd = new Npgsql.NpgsqlCommand("SELECT min(ST_Distance(s.geog, e.geog)) FROM pts e JOIN sites s ON ST_DWithin(s.geog, e.geog, 501) WHERE e.id = @id", connection);
        cmd.Parameters.AddWithValue("id", context.Id[i]);
        return cmd.ExecuteScalar() is double d && Math.Abs(d - CompareInputs.SiteRadiusMetres) <= 1e-3;
    }
}
