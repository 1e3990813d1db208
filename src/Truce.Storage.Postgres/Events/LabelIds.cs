using System.Text;
using Npgsql;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// Ids of the repeated texts of events (types, actors, dyads, source admin names). An id is the
/// 64-bit XxHash of the text, so an import can name a new label while it streams rows by COPY
/// (which allows no other statement on the connection) and store the new labels afterwards, in
/// the same transaction. Two texts with one id fail the import instead of being confused.
/// </summary>
internal sealed class LabelIds
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<long, string> _texts = [];
    private readonly List<(long Id, string Text)> _new = [];

    public LabelIds(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        using var cmd = new NpgsqlCommand("SELECT id, text FROM labels", connection, tx);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            _ids[r.GetString(1)] = r.GetInt64(0);
            _texts[r.GetInt64(0)] = r.GetString(1);
        }
    }

    /// <summary>The id of a label's text (<see cref="Of"/>).</summary>
    public static long Of(string text) => (long)System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text));

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

        if (!_ids.TryGetValue(text, out id))
        {
            id = Of(text);
            if (_texts.TryGetValue(id, out var other))
            {
                throw new InvalidOperationException($"The labels \"{text}\" and \"{other}\" have the same 64-bit id {id}; the import was not written.");
            }

            _ids[text] = id;
            _texts[id] = text;
            _new.Add((id, text));
        }

        if (_byReference.Count < 1 << 16)
        {
            _byReference[text] = id;
        }

        return id;
    }

    /// <summary>Stores the labels met for the first time (after the rows that use them, same transaction) and checks no stored label shares an id with one of them.</summary>
    public void Save(NpgsqlConnection connection, NpgsqlTransaction tx) => HashedTexts.Save(connection, tx, "labels", "text", _new);
}
