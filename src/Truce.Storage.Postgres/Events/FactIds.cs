using System.Text;
using Npgsql;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// Ids of verdict fact lists: the 64-bit XxHash of the text, so that identical lists are stored
/// once without a round trip per verdict. New lists wait here until <see cref="SaveNew"/> stores
/// them (before the verdicts that use them); two texts with one id fail the run.
/// </summary>
internal sealed class FactIds
{
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<(long Id, string Text)> _new = [];

    public long Id(string facts)
    {
        // Producers hand the same string instance for the same facts: look it up by reference before hashing its text.
        if (_byReference.TryGetValue(facts, out var id))
        {
            return id;
        }

        if (!_seen.TryGetValue(facts, out id))
        {
            id = (long)System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(facts));
            _seen[facts] = id;
            _new.Add((id, facts));
        }

        if (_byReference.Count < 1_000_000)
        {
            _byReference[facts] = id;
        }

        return id;
    }

    /// <summary>Stores the lists met since the last call (those already stored are left alone) and checks no id names two texts.</summary>
    public void SaveNew(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        HashedTexts.Save(connection, tx, "verdict_facts", "facts", _new);
        _new.Clear();
    }
}
