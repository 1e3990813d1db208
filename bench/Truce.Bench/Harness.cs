using System.Diagnostics;
using System.Globalization;
using Truce.Formats.Detection;
using Truce.Formats.Reading;
using Truce.Formats.Ucdp;
using Truce.Storage.Engines;
using Truce.Storage.Import;
using Truce.Storage.Stats;

namespace Truce.Bench;

/// <summary>
/// The foundation benchmarks: 1M-row UCDP import into SQLite (rows/s, peak RSS) and `stats` by
/// month × admin1 over the result. Each measurement runs in a fresh child process so that peak
/// memory belongs to that step alone.
/// </summary>
internal static class Harness
{
    public static int Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        switch (args.FirstOrDefault())
        {
            case "generate":
                UcdpReplicator.Write(args[1], args[2], int.Parse(args[3], c));
                return 0;
            case "import":
                return Import(args[1], args[2], args.Length > 3 ? args[3] : null);
            case "probe":
                return InsertProbe.Run(args[1], int.Parse(args[2], c), args[3] == "step");
            case "parse":
                return ParseOnly(args[1], args.Length > 2 ? args[2] : null);
            case "tokenize":
                return Tokenize(args[1], args.Length > 2 && args[2] == "exact");
            case "stats":
                return Stats(args[1], int.Parse(args[2], c));
            case "control-lookup":
                return ControlBench.Lookup(FindRepo());
            case "nearest-place":
                return ControlBench.NearestPlace(FindRepo());
            case "adjudicate":
                return AdjudicationBench.Run(FindRepo(), args.Length > 1 ? int.Parse(args[1], c) : 1_000_000, args.Length > 2 ? int.Parse(args[2], c) : null);
            case "bins":
                return BinsBench.Run(args[1], args.Length > 2 ? int.Parse(args[2], c) : 1_000_000, args.Length > 3 ? int.Parse(args[3], c) : 5_000);
            case "serve-bins":
                return BinsBench.Serve(args[1], args.Length > 2 ? int.Parse(args[2], c) : 1_000_000, args.Length > 3 ? args[3] : "http://127.0.0.1:5391");
            case "postgres":
                return Postgres(args[1], args.Length > 2 ? int.Parse(args[2], c) : 1_000_000, args.Length > 3 ? args[3] : Path.GetTempPath());
            case "audit-writes":
                return AuditBench.Writes(args[1], args.Length > 2 ? int.Parse(args[2], c) : 50_000, args.Length > 3 ? int.Parse(args[3], c) : 64);
            case "audit-proofs":
                return AuditBench.Proofs(args[1], args.Length > 2 ? long.Parse(args[2], c) : 10_000_000, args.Length > 3 ? int.Parse(args[3], c) : 10_000);
            case "spatial":
                return SpatialBench.Run(args[1], args[2]);
            case "sites":
                return SitesBench.Run(args.Length > 1 ? int.Parse(args[1], c) : 10_000, args.Length > 2 ? double.Parse(args[2], c) : 500);
            case "site-strikes":
                return StrikesBench.Run(args.Length > 1 ? int.Parse(args[1], c) : 1_000_000, args.Length > 2 ? int.Parse(args[2], c) : 10_000);
            case "probing":
                return ProbingBench.Run();
            case "checks-http":
                return CheckHttpBench.Run(args[1], args.Length > 2 ? int.Parse(args[2], c) : 10, args.Length > 3 ? int.Parse(args[3], c) : 256);
            case "checks-serve":
                return CheckHttpBench.Serve(args[1], args.Length > 2 && args[2] == "h2c", args.Length > 3 ? args[3] : null);
            case "check-log":
                return CheckLogBench.Run(args[1], args.Length > 2 ? int.Parse(args[2], c) : 500, args.Length > 3 ? int.Parse(args[3], c) : 1_000_000, args.Length > 4 ? int.Parse(args[4], c) : 5);
            case "compare":
                return Compare.CompareBench.Run(args, FindRepo());
            case "compare-truce":
                return Compare.CompareProfile.Run(args, FindRepo());
            case "all":
                return All(args.Length > 1 ? int.Parse(args[1], c) : 1_000_000, args.Length > 2 ? args[2] : Path.GetTempPath());
            default:
                Console.Error.WriteLine("usage: Truce.Bench all [ROWS] [WORKDIR] | " + Compare.CompareOptions.Usage + " | compare-truce WORK ROWS [ROUNDS] | postgres CONNECTION [ROWS] [WORKDIR] | spatial SQLITE_DB POSTGRES_CONNECTION | audit-writes DB [WRITES] [WRITERS] | audit-proofs DB [ENTRIES] [PROOFS] | generate SRC DST ROWS | import DB CSV [OCHA_DIR] | stats DB RUNS | parse CSV [OCHA_DIR] | tokenize CSV [exact] | probe DB ROWS step|nostep | control-lookup | nearest-place | adjudicate [EVENTS] [YEAR] | bins DEMO_DB [EVENTS] [REQUESTS] | sites [SITES] [RADIUS_M] | site-strikes [EVENTS] [SITES] | check-log DB [GROUP] [BATCH_POINTS] [ROUNDS] | probing | checks-http DB [SECONDS] [CONNECTIONS] | checks-serve DB [h2c [BODIES_DIR]] | serve-bins DEMO_DB [EVENTS] [URLS]");
                return 2;
        }
    }

    private static int All(int rows, string work)
    {
        var repo = FindRepo();
        var csv = Path.Combine(work, $"ucdp-{rows}.csv");
        if (!File.Exists(csv))
        {
            Child("generate", Path.Combine(repo, "data", "ucdp", "ged_syria_2016-2019.csv"), csv, rows.ToString(CultureInfo.InvariantCulture));
        }

        // Boundaries go in first, through the real CLI code path, so events get P-codes as they arrive.
        var db = Path.Combine(work, $"bench-{rows}.sqlite");
        foreach (var s in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + s);
        }

        Child("import", db, csv, Path.Combine(repo, "data", "ocha"));
        Child("stats", db, "7");
        return 0;
    }

    /// <summary>
    /// The same import and stats steps into a fresh schema <c>truce_bench</c> of a PostgreSQL
    /// database, then the stats step again on the SQLite file of <see cref="All"/> (when present)
    /// for the side-by-side figure.
    /// </summary>
    private static int Postgres(string server, int rows, string work)
    {
        var repo = FindRepo();
        var csv = Path.Combine(work, $"ucdp-{rows}.csv");
        if (!File.Exists(csv))
        {
            Child("generate", Path.Combine(repo, "data", "ucdp", "ged_syria_2016-2019.csv"), csv, rows.ToString(CultureInfo.InvariantCulture));
        }

        using (var connection = new Npgsql.NpgsqlConnection(server))
        {
            connection.Open();
            using var cmd = new Npgsql.NpgsqlCommand("DROP SCHEMA IF EXISTS truce_bench CASCADE; CREATE SCHEMA truce_bench; CHECKPOINT", connection);
            cmd.ExecuteNonQuery();
        }

        var db = new Npgsql.NpgsqlConnectionStringBuilder(server) { SearchPath = "truce_bench,public" }.ConnectionString;
        Child("import", db, csv, Path.Combine(repo, "data", "ocha"));
        Child("stats", db, "7");
        var sqlite = Path.Combine(work, $"bench-{rows}.sqlite");
        if (File.Exists(sqlite))
        {
            Child("stats", sqlite, "7");
        }

        return 0;
    }

    private static int Import(string db, string csv, string? ochaDir)
    {
        // As truce import does (ImportCommand).
        if (!Truce.Storage.Sqlite.SqliteProcess.UseOneThreadPerConnection())
        {
            throw new InvalidOperationException("SQLite started before the import could set its process settings.");
        }

        using var store = Databases.Open(db);
        if (ochaDir is not null)
        {
            foreach (var layer in new[] { "syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson" })
            {
                var path = Path.Combine(ochaDir, layer);
                using var s = File.OpenRead(path);
                store.ImportBoundaries(Truce.Formats.GeoJson.AdminGeoJsonReader.Read(s, path), new ImportSource(path, EventFileFormat.AdminGeoJson), null);
            }
        }

        var alloc0 = GC.GetTotalAllocatedBytes(true);
        var (jit0, methods0, written0) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(), BytesWritten());
        var watch = Stopwatch.StartNew();
        using var input = File.OpenRead(csv);
        var receipt = store.ImportEvents(input, new ImportSource(csv, EventFileFormat.Ucdp), new ImportOptions());
        watch.Stop();
        var bytes = new FileInfo(csv).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alloc {(GC.GetTotalAllocatedBytes(true) - alloc0) / 1e6:0}MB gc pause {GC.GetTotalPauseDuration().TotalSeconds:0.00}s gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} heap {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1e6:0}MB committed {GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes / 1e6:0}MB jit {(System.Runtime.JitInfo.GetCompilationTime() - jit0).TotalSeconds:0.000}s for {System.Runtime.JitInfo.GetCompiledMethodCount() - methods0} methods written {(BytesWritten() - written0) / 1e6:0}MB\nimport,{receipt.Read},{watch.Elapsed.TotalSeconds:0.000},{receipt.Read / watch.Elapsed.TotalSeconds:0},{PeakRssMb():0},{bytes / 1e6:0}MB,{receipt.AssignedAdmin}"));
        return 0;
    }

    /// <summary>Bytes the process has passed to write calls (Linux; -1 elsewhere): the file, journals and SQLite's temporary files.</summary>
    private static long BytesWritten() =>
        File.Exists("/proc/self/io")
            ? long.Parse(File.ReadLines("/proc/self/io").Single(l => l.StartsWith("wchar:", StringComparison.Ordinal))["wchar:".Length..].Trim(), CultureInfo.InvariantCulture)
            : -1;

    private static int ParseOnly(string csv, string? ochaDir)
    {
        var watch = Stopwatch.StartNew();
        var alloc0 = GC.GetTotalAllocatedBytes(true);
        using var reader = new UcdpGedReader(File.OpenRead(csv), csv, new ReaderOptions { KeepOriginal = false, DecodeFreeText = false });
        long n = 0, best = 0;
        Truce.Geo.Admin.AdminLookup? lookup = null;
        if (ochaDir is { } ocha)
        {
            var all = new List<Truce.Geo.Admin.AdminBoundary>();
            foreach (var layer in new[] { "syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson" })
            {
                using var s = File.OpenRead(Path.Combine(ocha, layer));
                all.AddRange(Truce.Formats.GeoJson.AdminGeoJsonReader.Read(s, layer));
            }

            var sw = Stopwatch.StartNew();
            lookup = new Truce.Geo.Admin.AdminLookup(all);
            Console.WriteLine($"lookup built in {sw.Elapsed.TotalSeconds:0.000}s");
            watch.Restart();
        }

        foreach (var row in reader.ReadEvents())
        {
            n++;
            var e = row.Event!;
            best += e.Best;
            if (lookup is not null && e.HasPoint)
            {
                best += lookup.Assign(e.Longitude!.Value, e.Latitude!.Value, e.SupportedAdminLevel).Admin1 is null ? 0 : 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"alloc/row {(GC.GetTotalAllocatedBytes(true) - alloc0) / (double)n:0} B, gc pause {GC.GetTotalPauseDuration().TotalSeconds:0.00}s\nparse,{n},{watch.Elapsed.TotalSeconds:0.000},{n / watch.Elapsed.TotalSeconds:0},{PeakRssMb():0},{best}"));
        return 0;
    }

    /// <summary>The CSV reader alone (records cut, unescaped, checked as UTF-8), on its fast or exact path.</summary>
    private static int Tokenize(string csv, bool exact)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new Truce.Formats.Csv.CsvReader(File.OpenRead(csv), csv) { ExactOnly = exact };
        long records = 0, bytes = 0;
        while (reader.Read())
        {
            records++;
            bytes += reader.Data.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tokenize,{(exact ? "exact" : "fast")},{records},{watch.Elapsed.TotalSeconds:0.000},{reader.BytesConsumed / 1e6 / watch.Elapsed.TotalSeconds:0} MB/s,{bytes},{reader.ExactParses}"));
        return 0;
    }

    private static int Stats(string db, int runs)
    {
        using var store = Databases.Open(db);
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = store.Stats(new StatsQuery(PeriodUnit.Month, StatsGroup.Admin1)).Count;
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats,{(Databases.IsPostgres(db) ? "postgres" : "sqlite")},{rows},{times[times.Count / 2]:0.000},{times[0]:0.000},{times[^1]:0.000},{PeakRssMb():0}"));
        return 0;
    }

    private static void Child(params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = false };
        psi.ArgumentList.Add(typeof(Harness).Assembly.Location);
        if (!Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
        {
            psi.ArgumentList.Clear();
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"child {string.Join(' ', args)} failed with {p.ExitCode}");
        }
    }

    /// <summary>Peak resident set size of this process (VmHWM), in MB.</summary>
    private static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Truce.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the Truce repository.");
    }
}
