using Truce.Storage.Contract;

namespace Truce.Storage.Tests.Engines;

/// <summary>
/// A fresh, empty database on one engine for one test class instance: the storage suite is
/// written once against <see cref="ITruceStore"/> and runs on every engine (<see cref="SqliteEngine"/>,
/// <see cref="PostgresEngine"/>).
/// </summary>
public abstract class StoreEngine : IDisposable
{
    /// <summary>The database as <c>--db</c> names it (a file path or a connection string), for other processes.</summary>
    public abstract string Db { get; }

    /// <summary>Opens (again) the store of this database.</summary>
    public abstract ITruceStore Open(TimeProvider? time = null);

    /// <summary>A single number from a SQL query the engines share (for checks on what is physically stored).</summary>
    public abstract long Scalar(string sql);

    /// <summary>A SQL literal of <paramref name="bytes"/> for this engine (to change stored blobs behind the store's back).</summary>
    public abstract string Bytes(byte[] bytes);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
