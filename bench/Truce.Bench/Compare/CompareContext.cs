using System.Globalization;
using Npgsql;
using Truce.Storage.Engines;
using Truce.Storage.Map;

namespace Truce.Bench.Compare;

/// <summary>
/// What every workload shares: the options, the PostgreSQL connection string (schema
/// <c>truce_compare</c>), the inputs, and the events as the Truce store returns them (the SQLite
/// file of the last W1 round), in the store's order, with the index of each UCDP id.
/// </summary>
internal sealed class CompareContext
{
    public const string Schema = "truce_compare";

    public CompareContext(CompareOptions options, string repo)
    {
        Options = options;
        Repo = repo;
        Postgres = new NpgsqlConnectionStringBuilder(options.Postgres) { SearchPath = $"{Schema},public", CommandTimeout = 3600, IncludeErrorDetail = true, Options = "-c jit=off" }.ConnectionString;
        Csv = Path.Combine(options.Work, $"compare-ucdp-{options.Rows}.csv");
        Sqlite = Path.Combine(options.Work, $"compare-{options.Rows}.sqlite");
    }

    public CompareOptions Options { get; }

    public string Repo { get; }

    /// <summary>
    /// The connection string of the PostGIS side: its schema first, and JIT compilation off (an
    /// expert's setting for these queries: at 1M rows PostgreSQL's JIT spent 50–300 ms compiling each
    /// query, and W2, W3 and W5 ran 10–40 % slower with it; measured before choosing).
    /// </summary>
    public string Postgres { get; }

    public string Csv { get; }

    public string Sqlite { get; }

    public CompareInputs Inputs { get; set; } = null!;

    public MapEvent[] Events { get; private set; } = [];

    public int[] Id { get; private set; } = [];

    public double[] Lon { get; private set; } = [];

    public double[] Lat { get; private set; } = [];

    public DateOnly[] Day { get; private set; } = [];

    public Dictionary<int, int> IndexOf { get; private set; } = [];

    public int Count => Events.Length;

    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(Postgres);
        connection.Open();
        return connection;
    }

    /// <summary>Reads the events from the Truce store into columns (untimed: both sides hold their events before the query workloads).</summary>
    public void LoadEvents()
    {
        using (var store = Databases.Open(Sqlite))
        {
            Events = [.. store.MapEvents()];
        }

        Id = [.. Events.Select(e => int.Parse(e.Key.AsSpan(e.Key.LastIndexOf(':') + 1), CultureInfo.InvariantCulture))];
        Lon = [.. Events.Select(e => e.Longitude)];
        Lat = [.. Events.Select(e => e.Latitude)];
        Day = [.. Events.Select(e => e.Day)];
        IndexOf = new Dictionary<int, int>(Events.Length);
        for (var i = 0; i < Id.Length; i++)
        {
            IndexOf.Add(Id[i], i);
        }
    }

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs a workload's PostGIS query on a new connection, clears <paramref name="rows"/> and adds
    /// each row to it; returns the seconds from sending the query to reading its last row.
    /// </summary>
    public double TimedRows<T>(string sql, List<T> rows, Func<NpgsqlDataReader, T> read)
    {
        rows.Clear();
        using var connection = Connect();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(read(r));
        }

        return watch.Elapsed.TotalSeconds;
    }

    public static T Scalar<T>(NpgsqlConnection connection, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        return (T)cmd.ExecuteScalar()!;
    }

    /// <summary>Splits [0, count) over the cores in chunks of 16,384.</summary>
    public static void Parallel(int count, Action<int, int> body) =>
        System.Threading.Tasks.Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, 16_384), r => body(r.Item1, r.Item2));
}
