using SQLitePCL;

namespace Truce.Storage.Sqlite.Native;

/// <summary>
/// A prepared statement driven through SQLite's C API for the bulk-insert hot path: prepared and
/// stepped through SQLitePCLRaw (the layer under Microsoft.Data.Sqlite), bound through
/// <see cref="NativeSqlite"/> straight from .NET strings (UTF-16) with no per-value allocation.
/// Runs on the connection's open transaction. The statement is kept alive by this object.
/// </summary>
/// <remarks>
/// SQLite keeps a statement's bindings across <c>sqlite3_reset</c>, so a value equal to the one
/// already bound at that position is not bound again: a bulk insert repeats many of its values
/// from row to row (the import id, the time, labels, precision codes, often the date and the
/// P-codes), and each bind is a call into SQLite that takes the connection's mutex.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly IntPtr _handle;

    // What is bound at each position (1-based), as far as this object knows.
    private readonly Bound[] _kinds;
    private readonly long[] _numbers;
    private readonly string?[] _texts;

    public RawStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _stmt));
        _handle = _stmt.DangerousGetHandle();
        var positions = raw.sqlite3_bind_parameter_count(_stmt) + 1;
        (_kinds, _numbers, _texts) = (new Bound[positions], new long[positions], new string?[positions]);
    }

    private enum Bound : byte
    {
        Unknown,
        Null,
        Integer,
        Real,
        Text,
    }

    public unsafe void Text(int index, string? value)
    {
        if (value is null)
        {
            Null(index);
            return;
        }

        if (_kinds[index] == Bound.Text && string.Equals(_texts[index], value, StringComparison.Ordinal))
        {
            return;
        }

        fixed (char* p = value)
        {
            Check(NativeSqlite.BindText16(_handle, index, p, value.Length * 2, NativeSqlite.Transient));
        }

        (_kinds[index], _texts[index]) = (Bound.Text, value);
    }

    public void Int(int index, long? value)
    {
        if (value is not { } v)
        {
            Null(index);
        }
        else if (_kinds[index] != Bound.Integer || _numbers[index] != v)
        {
            Check(NativeSqlite.BindInt64(_handle, index, v));
            (_kinds[index], _numbers[index]) = (Bound.Integer, v);
        }
    }

    public void Real(int index, double? value)
    {
        if (value is not { } v)
        {
            Null(index);
        }
        else if (_kinds[index] != Bound.Real || _numbers[index] != BitConverter.DoubleToInt64Bits(v))
        {
            Check(NativeSqlite.BindDouble(_handle, index, v));
            (_kinds[index], _numbers[index]) = (Bound.Real, BitConverter.DoubleToInt64Bits(v));
        }
    }

    public unsafe void Blob(int index, ReadOnlySpan<byte> value)
    {
        _kinds[index] = Bound.Unknown; // not compared: always bound
        fixed (byte* p = value)
        {
            // A zero-length blob still needs a non-null pointer, or SQLite binds NULL.
            byte dummy = 0;
            Check(NativeSqlite.BindBlob(_handle, index, p == null ? &dummy : p, value.Length, NativeSqlite.Transient));
        }
    }

    private void Null(int index)
    {
        if (_kinds[index] != Bound.Null)
        {
            Check(NativeSqlite.BindNull(_handle, index));
            _kinds[index] = Bound.Null;
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
