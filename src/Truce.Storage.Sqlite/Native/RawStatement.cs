using SQLitePCL;

namespace Truce.Storage.Sqlite.Native;

/// <summary>
/// A prepared statement driven through SQLite's C API for the bulk-insert hot path: prepared and
/// stepped through SQLitePCLRaw (the layer under Microsoft.Data.Sqlite), bound through
/// <see cref="NativeSqlite"/> straight from .NET strings (UTF-16) with no per-value allocation.
/// Runs on the connection's open transaction. The statement is kept alive by this object.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly IntPtr _handle;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _stmt));
        _handle = _stmt.DangerousGetHandle();
    }

    public unsafe void Text(int index, string? value)
    {
        if (value is null)
        {
            Check(NativeSqlite.BindNull(_handle, index));
            return;
        }

        fixed (char* p = value)
        {
            Check(NativeSqlite.BindText16(_handle, index, p, value.Length * 2, NativeSqlite.Transient));
        }
    }

    public void Int(int index, long? value) =>
        Check(value is { } v ? NativeSqlite.BindInt64(_handle, index, v) : NativeSqlite.BindNull(_handle, index));

    public void Real(int index, double? value) =>
        Check(value is { } v ? NativeSqlite.BindDouble(_handle, index, v) : NativeSqlite.BindNull(_handle, index));

    public unsafe void Blob(int index, ReadOnlySpan<byte> value)
    {
        fixed (byte* p = value)
        {
            // A zero-length blob still needs a non-null pointer, or SQLite binds NULL.
            byte dummy = 0;
            Check(NativeSqlite.BindBlob(_handle, index, p == null ? &dummy : p, value.Length, NativeSqlite.Transient));
        }
    }

    /// <summary>Runs the statement once and resets it for the next use.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }
    }

    /// <summary>The row id of the last insert on this connection.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new Microsoft.Data.Sqlite.SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }
}
