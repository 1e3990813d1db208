using SQLitePCL;

namespace Truce.Storage.Sqlite.Native;

/// <summary>
/// A prepared statement driven through SQLite's C API (SQLitePCLRaw, the layer under
/// Microsoft.Data.Sqlite) for the bulk-insert hot path: binding goes straight from .NET strings
/// (UTF-16) to SQLite with no per-value allocation. Runs on the connection's open transaction.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _stmt));
    }

    public void Text(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
        else
        {
            raw.sqlite3_bind_text16(_stmt, index, value.AsSpan());
        }
    }

    public void Int(int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
    }

    public void Real(int index, double? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_double(_stmt, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(_stmt, index);
        }
    }

    public void Blob(int index, ReadOnlySpan<byte> value) => raw.sqlite3_bind_blob(_stmt, index, value);

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
