using Microsoft.Data.Sqlite;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Tests.Sqlite;

/// <summary>A statement that skips binding a value equal to the one already bound still stores every row as given.</summary>
public sealed class RawStatementTests
{
    [Fact]
    public void Rows_that_repeat_change_and_null_their_values_are_stored_exactly_as_bound()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (n INTEGER, r REAL, s TEXT, b BLOB)";
            create.ExecuteNonQuery();
        }

        (long? N, double? R, string? S)[] rows =
        [
            (1, 1.5, "a"), (1, 1.5, "a"), (null, null, null), (null, null, null), (2, -0.0, "b"),
            (2, 0.0, new string('b', 1)), (2, 0.0, "c"), (long.MaxValue, double.NaN, ""), (1, 1.5, "a"),
        ];
        using (var insert = new RawStatement(connection.Handle!, "INSERT INTO t (n, r, s, b) VALUES (?1, ?2, ?3, ?4)"))
        {
            foreach (var (n, r, s) in rows)
            {
                insert.Int(1, n);
                insert.Real(2, r);
                insert.Text(3, s);
                insert.Blob(4, s is null ? [] : System.Text.Encoding.UTF8.GetBytes(s));
                insert.Execute();
            }
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT n, r, s, b FROM t ORDER BY rowid";
        using var reader = read.ExecuteReader();
        foreach (var (n, r, s) in rows)
        {
            Assert.True(reader.Read());
            Assert.Equal(n, reader.IsDBNull(0) ? null : reader.GetInt64(0));
            Assert.Equal(r is { } x && double.IsNaN(x) ? null : r, reader.IsDBNull(1) ? null : reader.GetDouble(1)); // SQLite stores NaN as NULL
            Assert.Equal(s, reader.IsDBNull(2) ? null : reader.GetString(2));
            Assert.Equal(s is null ? [] : System.Text.Encoding.UTF8.GetBytes(s), (byte[])reader.GetValue(3));
        }

        Assert.False(reader.Read());
    }
}
