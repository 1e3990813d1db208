using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Truce.Bench.Compare;

/// <summary>
/// The PostGIS side's tables, built the way a PostGIS expert would for these queries (untimed,
/// like the Truce side's in-memory indexes; each side's preparation time is reported):
/// <list type="bullet">
/// <item><c>admin3(k, pcode, geom)</c> and <c>admin3_sub(k, geom)</c> — the polygons cut by
/// <c>ST_Subdivide</c> into pieces of at most <see cref="SubdivideVertices"/> vertices, GiST-indexed;</item>
/// <item><c>control(k, controller, valid_from, valid_to)</c> — the timeline's versions by polygon
/// (the open end as <c>'infinity'</c>), an exclusion constraint that no two versions of a polygon
/// overlap (btree_gist), and a B-tree on (k, valid_from) covering the rest: point in polygon once,
/// then one backward index step for the version in force;</item>
/// <item><c>places(k, id, geog)</c> and <c>sites(k, id, geog)</c> — geography points with GiST;</item>
/// <item><c>pts(id, day, best, geom, geog)</c> — the imported events' ids, first days, best
/// estimates and points (from W1's table), clustered by day, with GiST on both point columns, a
/// B-tree on the day, VACUUM ANALYZE.</item>
/// </list>
/// Small integer codes (k) stand for P-codes, controllers and places in the answers, as an expert
/// would return them.
/// </summary>
internal static class ComparePostgis
{
    public const int SubdivideVertices = 64;

    public static void ResetSchema(CompareContext context)
    {
        using var connection = new NpgsqlConnection(context.Options.Postgres);
        connection.Open();
        CompareContext.Execute(connection, $"DROP SCHEMA IF EXISTS {CompareContext.Schema} CASCADE; CREATE SCHEMA {CompareContext.Schema}; CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS btree_gist");
    }

    public static double LoadInputs(CompareContext context)
    {
        var inputs = context.Inputs;
        using var connection = context.Connect();
        var watch = Stopwatch.StartNew();
        CompareContext.Execute(connection, """
            DROP TABLE IF EXISTS admin3, admin3_sub, control, places, sites;
            CREATE TABLE admin3 (k smallint PRIMARY KEY, pcode text NOT NULL, geom geometry(MultiPolygon, 4326) NOT NULL);
            CREATE TABLE control (k smallint NOT NULL, controller smallint NOT NULL, valid_from date NOT NULL, valid_to date NOT NULL);
            CREATE TABLE places (k integer PRIMARY KEY, id text NOT NULL, geog geography(Point, 4326) NOT NULL);
            CREATE TABLE sites (k integer PRIMARY KEY, id text NOT NULL, geog geography(Point, 4326) NOT NULL);
            """);
        for (var k = 0; k < inputs.Admin3.Count; k++)
        {
            using var cmd = new NpgsqlCommand("INSERT INTO admin3 VALUES (@k, @pcode, ST_Multi(ST_GeomFromWKB(@wkb, 4326)))", connection);
            cmd.Parameters.AddWithValue("k", (short)k);
            cmd.Parameters.AddWithValue("pcode", inputs.Admin3[k].Pcode);
            cmd.Parameters.AddWithValue("wkb", inputs.Admin3[k].Geometry.AsBinary());
            cmd.ExecuteNonQuery();
        }

        var codes = inputs.Admin3.Select((b, k) => (b.Pcode, k)).ToDictionary(p => p.Pcode, p => (short)p.k, StringComparer.Ordinal);
        using (var copy = connection.BeginBinaryImport("COPY control FROM STDIN (FORMAT binary)"))
        {
            foreach (var r in inputs.Timeline)
            {
                copy.StartRow();
                copy.Write(codes[r.AreaCode!], NpgsqlDbType.Smallint);
                copy.Write((short)Array.IndexOf(CompareInputs.Controllers, r.Controller), NpgsqlDbType.Smallint);
                copy.Write(r.From!.Value, NpgsqlDbType.Date);
                if (r.To is { } to)
                {
                    copy.Write(to, NpgsqlDbType.Date);
                }
                else
                {
                    copy.Write(DateOnly.MaxValue, NpgsqlDbType.Date); // written as 'infinity'
                }
            }

            copy.Complete();
        }

        Points(connection, "places", inputs.Places);
        Points(connection, "sites", inputs.Sites);
        CompareContext.Execute(connection, $"""
            CREATE TABLE admin3_sub AS SELECT k, ST_Subdivide(geom, {SubdivideVertices}) AS geom FROM admin3;
            CREATE INDEX admin3_sub_geom ON admin3_sub USING gist (geom);
            ALTER TABLE admin3_sub SET (parallel_workers = 2); -- 4,300 rows: too small for a parallel scan by default, yet each row drives a GiST probe of the points
            ALTER TABLE control ADD CONSTRAINT control_versions_disjoint EXCLUDE USING gist (k WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
            CREATE INDEX control_k_from ON control (k, valid_from) INCLUDE (valid_to, controller);
            CREATE INDEX places_geog ON places USING gist (geog);
            CREATE INDEX sites_geog ON sites USING gist (geog);
            """);
        foreach (var table in new[] { "admin3", "admin3_sub", "control", "places", "sites" })
        {
            CompareContext.Execute(connection, $"VACUUM ANALYZE {table}");
        }

        return watch.Elapsed.TotalSeconds;
    }

    public static double LoadEvents(CompareContext context)
    {
        using var connection = context.Connect();
        var watch = Stopwatch.StartNew();
        CompareContext.Execute(connection, """
            DROP TABLE IF EXISTS pts;
            CREATE TABLE pts AS SELECT id, date_start AS day, best, geom, geom::geography AS geog FROM ged ORDER BY date_start, id;
            CREATE UNIQUE INDEX pts_id ON pts (id);
            CREATE INDEX pts_day ON pts (day);
            CREATE INDEX pts_geom ON pts USING gist (geom);
            CREATE INDEX pts_geog ON pts USING gist (geog);
            """);
        CompareContext.Execute(connection, "VACUUM ANALYZE pts");
        return watch.Elapsed.TotalSeconds;
    }

    public static string Settings(CompareContext context)
    {
        using var connection = context.Connect();
        return CompareContext.Scalar<string>(connection, """
            SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings
            WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_parallel_workers_per_gather', 'max_parallel_maintenance_workers',
                           'fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'jit', 'random_page_cost', 'effective_cache_size')
            """);
    }

    public static string Versions(CompareContext context)
    {
        using var connection = context.Connect();
        return CompareContext.Scalar<string>(connection, "SELECT 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version() || ' (GEOS ' || postgis_geos_version() || ', PROJ ' || postgis_proj_version() || ')'");
    }

    private static void Points(NpgsqlConnection connection, string table, NamedPoint[] points)
    {
        CompareContext.Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS staging (k integer, id text, lon double precision, lat double precision); TRUNCATE staging");
        using (var copy = connection.BeginBinaryImport("COPY staging FROM STDIN (FORMAT binary)"))
        {
            for (var k = 0; k < points.Length; k++)
            {
                copy.StartRow();
                copy.Write(k, NpgsqlDbType.Integer);
                copy.Write(points[k].Id, NpgsqlDbType.Text);
                copy.Write(points[k].Longitude, NpgsqlDbType.Double);
                copy.Write(points[k].Latitude, NpgsqlDbType.Double);
            }

            copy.Complete();
        }

        CompareContext.Execute(connection, $"INSERT INTO {table} SELECT k, id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography FROM staging");
    }
}
