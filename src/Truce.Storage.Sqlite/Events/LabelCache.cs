using Microsoft.Data.Sqlite;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite.Events;

/// <summary>
/// Ids of the repeated texts of events (types, actors, dyads, source admin names), loaded once and
/// extended as an import meets new ones, on the import's transaction.
/// </summary>
internal sealed class LabelCache : IDisposable
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    // Readers hand out one string instance per distinct value, so most lookups hit by reference.
    private readonly Dictionary<string, long> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly RawStatement _insert;

    public LabelCache(SqliteConnection connection, SqliteTransaction tx)
    {
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, text FROM labels";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                _ids[r.GetString(1)] = r.GetInt64(0);
            }
        }

        _insert = new RawStatement(connection.Handle!, "INSERT INTO labels (text) VALUES (?1)");
    }

    public long? Id(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_byReference.TryGetValue(text, out var id))
        {
            return id;
        }

        if (_ids.TryGetValue(text, out id))
        {
            if (_byReference.Count < 1 << 16)
            {
                _byReference[text] = id;
            }

            return id;
        }

        _insert.Text(1, text);
        _insert.Execute();
        id = _insert.LastRowId;
        _ids[text] = id;
        return id;
    }

    public void Dispose() => _insert.Dispose();
}
