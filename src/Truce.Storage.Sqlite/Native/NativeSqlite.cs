using System.Runtime.InteropServices;

namespace Truce.Storage.Sqlite.Native;

/// <summary>
/// Direct entry points into the SQLite library that Microsoft.Data.Sqlite loads (e_sqlite3), for
/// the bulk-insert binds only. SQLitePCLRaw's own calls go through an interface and a SafeHandle
/// per call (about 35 ns a bind, a third of a million-row import); these take the raw statement
/// pointer. The binds of numbers and NULL neither block nor call back, so they skip the GC
/// transition; text and blob binds copy (SQLITE_TRANSIENT) and keep it.
/// </summary>
internal static partial class NativeSqlite
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(IntPtr stmt, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    public static partial int BindDouble(IntPtr stmt, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(IntPtr stmt, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text16")]
    public static unsafe partial int BindText16(IntPtr stmt, int index, char* value, int bytes, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static unsafe partial int BindBlob(IntPtr stmt, int index, byte* value, int bytes, IntPtr destructor);
}
