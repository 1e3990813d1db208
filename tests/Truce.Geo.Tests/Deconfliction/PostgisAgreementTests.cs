using System.Globalization;
using Npgsql;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using Truce.Testing;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

/// <summary>
/// The checker's geodesic decisions against PostGIS on geography (spheroid), the reference the
/// issue names: for random pairs near Aleppo, our distance is within 0.5 m of ST_Distance, and
/// the checker's clear/conflict answer matches ST_DWithin whenever the radius is not within
/// 0.5 m of the distance.
/// </summary>
public sealed class PostgisAgreementTests
{
    private const double Tolerance = 0.5;

    [Fact]
    public void Point_distances_and_radius_decisions_agree_with_ST_Distance_and_ST_DWithin_on_geography()
    {
        using var connection = Open();
        if (connection is null)
        {
            return;
        }

        var random = new Random(2016);
        var pairs = new List<(double Lat1, double Lon1, double Lat2, double Lon2, double Radius)>();
        for (var i = 0; i < 5_000; i++)
        {
            var lat = 35.9 + (random.NextDouble() * 0.6);
            var lon = 36.6 + (random.NextDouble() * 0.9);
            var (lat2, lon2) = Offset(lat, lon, random.NextDouble() * (i % 10 == 0 ? 40_000 : 3_000), random.NextDouble() * 360);
            pairs.Add((lat, lon, lat2, lon2, random.NextDouble() * 3_000));
        }

        Load(connection, "CREATE TEMP TABLE pairs (id int, lat1 float8, lon1 float8, lat2 float8, lon2 float8, r float8)",
            pairs.Select((p, i) => new object[] { i, p.Lat1, p.Lon1, p.Lat2, p.Lon2, p.Radius }));
        var rows = Query(connection, """
            SELECT id, ST_Distance(a, b), ST_DWithin(a, b, r) FROM (
              SELECT id, r, ST_SetSRID(ST_MakePoint(lon1, lat1), 4326)::geography AS a,
                            ST_SetSRID(ST_MakePoint(lon2, lat2), 4326)::geography AS b FROM pairs) q ORDER BY id
            """);

        var worst = 0.0;
        var decided = 0;
        foreach (var (id, postgis, within) in rows)
        {
            var p = pairs[id];
            var ours = EllipsoidDistance.Metres(p.Lat1, p.Lon1, p.Lat2, p.Lon2);
            worst = Math.Max(worst, Math.Abs(ours - postgis));
            if (Math.Abs(postgis - p.Radius) > Tolerance)
            {
                var index = Index(Point("a", p.Lat1, p.Lon1, p.Radius));
                Assert.Equal(within, !index.Check(At(p.Lat2, p.Lon2)).IsClear);
                decided++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"largest |ours − ST_Distance| over {rows.Count} pairs: {worst:F6} m");
        Assert.Equal(pairs.Count, rows.Count);
        Assert.InRange(worst, 0, Tolerance);
        Assert.True(decided > 4_900, $"only {decided} pairs were away from the boundary");
    }

    [Fact]
    public void Polygon_site_decisions_agree_with_ST_DWithin_on_geography_to_half_a_metre()
    {
        using var connection = Open();
        if (connection is null)
        {
            return;
        }

        var random = new Random(27);
        var cases = new List<(NetTopologySuite.Geometries.Polygon Site, double Lat, double Lon)>();
        for (var i = 0; i < 1_000; i++)
        {
            var lat = 36 + (random.NextDouble() * 0.4);
            var lon = 36.8 + (random.NextDouble() * 0.6);
            var ring = Enumerable.Range(0, 6).Select(k => Offset(lat, lon, 100 + (random.NextDouble() * 700), k * 60))
                .Select(c => new NetTopologySuite.Geometries.Coordinate(c.Lon, c.Lat)).ToList();
            ring.Add(ring[0]);
            var (pLat, pLon) = Offset(lat, lon, random.NextDouble() * 4_000, random.NextDouble() * 360);
            cases.Add((Domain.Spatial.Wgs84.Factory.CreatePolygon([.. ring]), pLat, pLon));
        }

        Load(connection, "CREATE TEMP TABLE polys (id int, wkt text, lat float8, lon float8)",
            cases.Select((c, i) => new object[] { i, c.Site.AsText(), c.Lat, c.Lon }));
        var rows = Query(connection, """
            SELECT id, ST_Distance(ST_GeogFromText('SRID=4326;' || wkt), ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography), true
            FROM polys ORDER BY id
            """);

        foreach (var (id, postgis, _) in rows)
        {
            var c = cases[id];
            var index = Index(Polygon("p", c.Site, 0));
            Assert.False(index.Check(At(c.Lat, c.Lon, postgis + Tolerance)).IsClear, $"case {id}: PostGIS says {postgis} m");
            if (postgis > Tolerance)
            {
                Assert.True(index.Check(At(c.Lat, c.Lon, postgis - Tolerance)).IsClear, $"case {id}: PostGIS says {postgis} m");
            }
        }

        Assert.Equal(cases.Count, rows.Count);
    }

    [Fact]
    public void ShapeDistance_to_polygons_and_points_agrees_with_ST_Distance_on_geography_to_a_tenth_of_a_metre()
    {
        using var connection = Open();
        if (connection is null)
        {
            return;
        }

        var random = new Random(7);
        var cases = new List<(NetTopologySuite.Geometries.Geometry Shape, double Lat, double Lon)>();
        for (var i = 0; i < 500; i++)
        {
            var lat = 36 + (random.NextDouble() * 0.4);
            var lon = 36.8 + (random.NextDouble() * 0.6);
            var ring = Enumerable.Range(0, 6).Select(k => Offset(lat, lon, 100 + (random.NextDouble() * 700), k * 60))
                .Select(c => new NetTopologySuite.Geometries.Coordinate(c.Lon, c.Lat)).ToList();
            ring.Add(ring[0]);
            var (pLat, pLon) = Offset(lat, lon, random.NextDouble() * 4_000, random.NextDouble() * 360);
            NetTopologySuite.Geometries.Geometry shape = i % 5 == 0 ? Domain.Spatial.Wgs84.Point(lon, lat) : Domain.Spatial.Wgs84.Factory.CreatePolygon([.. ring]);
            cases.Add((shape, pLat, pLon));
        }

        Load(connection, "CREATE TEMP TABLE shapes (id int, wkt text, lat float8, lon float8)",
            cases.Select((c, i) => new object[] { i, c.Shape.AsText(), c.Lat, c.Lon }));
        var rows = Query(connection, """
            SELECT id, ST_Distance(ST_GeogFromText('SRID=4326;' || wkt), ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography), true
            FROM shapes ORDER BY id
            """);

        Assert.Equal(cases.Count, rows.Count);
        Assert.Contains(rows, r => r.Metres == 0);
        foreach (var (id, postgis, _) in rows)
        {
            var c = cases[id];
            Assert.Equal(postgis, new ShapeDistance(c.Shape).Metres(c.Lat, c.Lon), 0.1);
        }
    }

    private static NpgsqlConnection? Open()
    {
        if (PostgresTestSchema.Server is not { } server)
        {
            Assert.Skip(PostgresTestSchema.NotConfigured);
            return null;
        }

        var connection = new NpgsqlConnection(server);
        connection.Open();
        return connection;
    }

    private static void Load(NpgsqlConnection connection, string create, IEnumerable<object[]> rows)
    {
        using (var cmd = new NpgsqlCommand(create, connection))
        {
            cmd.ExecuteNonQuery();
        }

        var table = create.Split(' ')[3];
        using var writer = connection.BeginTextImport($"COPY {table} FROM STDIN (FORMAT csv)");
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => v is string s ? $"\"{s}\"" : Convert.ToString(v, CultureInfo.InvariantCulture))));
        }
    }

    private static List<(int Id, double Metres, bool Within)> Query(NpgsqlConnection connection, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection);
        using var reader = cmd.ExecuteReader();
        var rows = new List<(int, double, bool)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetDouble(1), reader.GetBoolean(2)));
        }

        return rows;
    }
}
