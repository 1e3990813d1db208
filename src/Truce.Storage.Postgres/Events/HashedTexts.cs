using Npgsql;
using NpgsqlTypes;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// Stores texts keyed by the 64-bit hash of their text (labels, verdict fact lists): inserts the
/// new ones, leaves those already stored, and refuses an id stored with another text.
/// </summary>
internal static class HashedTexts
{
    /// <summary>Saves (id, text) pairs into <paramref name="table"/> (<c>id</c>, <paramref name="column"/>) in the transaction.</summary>
    /// <exception cref="InvalidOperationException">An id is stored with another text; the caller's write must fail.</exception>
    public static void Save(NpgsqlConnection connection, NpgsqlTransaction tx, string table, string column, IReadOnlyList<(long Id, string Text)> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var ids = pairs.Select(n => n.Id).ToArray();
        var texts = pairs.Select(n => n.Text).ToArray();
        using (var insert = new NpgsqlCommand($"INSERT INTO {table} (id, {column}) SELECT * FROM unnest($1, $2) ORDER BY 1 ON CONFLICT DO NOTHING", connection, tx))
        {
            Arrays(insert, ids, texts);
            insert.ExecuteNonQuery();
        }

        using var check = new NpgsqlCommand($"SELECT u.t, s.{column} FROM unnest($1, $2) u(id, t) JOIN {table} s ON s.id = u.id WHERE s.{column} <> u.t LIMIT 1", connection, tx);
        Arrays(check, ids, texts);
        using var r = check.ExecuteReader();
        if (r.Read())
        {
            throw new InvalidOperationException($"\"{r.GetString(0)}\" and \"{r.GetString(1)}\" have the same 64-bit id in {table}; nothing was written.");
        }
    }

    private static void Arrays(NpgsqlCommand cmd, long[] ids, string[] texts)
    {
        cmd.Parameters.Add(new() { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new() { Value = texts, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
    }
}
