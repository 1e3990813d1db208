namespace Truce.Server.Hosting;

/// <summary>
/// Hands out the <see cref="MapData"/> of the store's current version. On SQLite a request costs
/// three file stats (the database and its WAL): only when they change is the store asked for its
/// version. On PostgreSQL, where other processes write without touching any file of ours, every
/// request asks (one indexed query). Only when the version changed is a new <see cref="MapData"/> started.
/// </summary>
/// <remarks>Thread-safe. A change is seen by the first request after it.</remarks>
public sealed class MapDataCache(StoreAccess store)
{
    private readonly Lock _gate = new();
    private volatile Entry? _current;

    internal MapData Current()
    {
        var stamp = Stamp();
        var entry = _current;
        if (entry is not null && stamp is not null && entry.Stamp == stamp)
        {
            return entry.Data;
        }

        lock (_gate)
        {
            entry = _current;
            if (entry is not null && stamp is not null && entry.Stamp == stamp)
            {
                return entry.Data;
            }

            string version;
            using (var s = store.Open())
            {
                version = s.MapVersion();
            }

            var data = entry is not null && entry.Data.Version == version ? entry.Data : new MapData(store, version);
            _current = new Entry(stamp, data);
            return data;
        }
    }

    /// <summary>Replaces the data (benchmarks: a synthetic index over a real server).</summary>
    internal void Set(MapData data) => _current = new Entry(Stamp(), data);

    private (DateTime, DateTime, long)? Stamp()
    {
        if (Storage.Engines.Databases.IsPostgres(store.Db))
        {
            return null;
        }

        var wal = new FileInfo(store.Db + "-wal");
        return (File.GetLastWriteTimeUtc(store.Db), wal.Exists ? wal.LastWriteTimeUtc : default, wal.Exists ? wal.Length : -1);
    }

    private sealed record Entry((DateTime, DateTime, long)? Stamp, MapData Data);
}
