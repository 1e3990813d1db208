using SQLitePCL;

namespace Truce.Storage.Sqlite;

/// <summary>
/// Process-wide SQLite settings for a process that runs one job on one thread, such as
/// <c>truce import</c>. Made before the process's first connection, or not at all.
/// </summary>
public static class SqliteProcess
{
    /// <summary>
    /// Puts SQLite in multi-thread mode (no mutex on each connection and statement) and turns off
    /// its memory statistics (no global mutex on each allocation). Every call into SQLite skips a
    /// mutex lock and unlock: a million-row import makes some thirty million of them (binds, steps,
    /// allocations), about 0.15 s of a 2.6 s import (bench/README.md, session 12).
    /// </summary>
    /// <remarks>
    /// Safe only where no connection is ever used by two threads at once. Every store here keeps
    /// to that (a store is not shared between threads; the import's reading threads never call
    /// SQLite), but a command left undisposed would be finalized on the GC's thread while its
    /// connection may be in use, which serialized mode tolerates and this mode does not. So the
    /// server keeps the default; only one-shot commands call this.
    /// </remarks>
    /// <returns>True when the settings took effect; false when SQLite had already started in this process (nothing changed).</returns>
    public static bool UseOneThreadPerConnection()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
