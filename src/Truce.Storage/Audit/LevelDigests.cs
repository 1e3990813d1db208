using System.Globalization;
using System.Security.Cryptography;
using Truce.Domain.Audit;

namespace Truce.Storage.Audit;

/// <summary>
/// One running SHA-256 per tree level over the inner nodes in index order, for the nodes
/// recomputed from the entries and for the nodes stored: equal digests mean equal nodes, in
/// O(levels) memory however long the log.
/// </summary>
internal sealed class LevelDigests
{
    private readonly Dictionary<int, (IncrementalHash Sha, long Count)> _computed = [];

    public void Add(NodeId id, byte[] hash) => Append(_computed, id, hash);

    public void Compare(IEnumerable<KeyValuePair<NodeId, byte[]>> stored, List<string> problems)
    {
        var read = new Dictionary<int, (IncrementalHash Sha, long Count)>();
        var previous = new NodeId(0, -1);
        foreach (var (id, hash) in stored)
        {
            if (id.Level == previous.Level && id.Index != previous.Index + 1 || id.Level != previous.Level && id.Index != 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Stored tree nodes are missing before level {id.Level}, index {id.Index}."));
            }

            Append(read, id, hash);
            previous = id;
        }

        foreach (var level in _computed.Keys.Union(read.Keys).Order())
        {
            var mine = _computed.TryGetValue(level, out var c) ? (Convert.ToHexString(c.Sha.GetHashAndReset()), c.Count) : ("", 0L);
            var theirs = read.TryGetValue(level, out var r) ? (Convert.ToHexString(r.Sha.GetHashAndReset()), r.Count) : ("", 0L);
            if (mine != theirs)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Stored tree nodes at level {level} ({theirs.Item2}) differ from those the entries give ({mine.Item2}): a node was changed, added or removed."));
            }
        }

        foreach (var (sha, _) in _computed.Values.Concat(read.Values))
        {
            sha.Dispose();
        }
    }

    private static void Append(Dictionary<int, (IncrementalHash Sha, long Count)> levels, NodeId id, byte[] hash)
    {
        if (!levels.TryGetValue(id.Level, out var level))
        {
            level = (IncrementalHash.CreateHash(HashAlgorithmName.SHA256), 0);
        }

        Span<byte> index = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(index, id.Index);
        level.Sha.AppendData(index);
        level.Sha.AppendData(hash);
        levels[id.Level] = (level.Sha, level.Count + 1);
    }
}
