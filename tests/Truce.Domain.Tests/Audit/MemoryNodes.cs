using Truce.Domain.Audit;

namespace Truce.Domain.Tests.Audit;

/// <summary>A log held in memory: leaf hashes and the perfect nodes the frontier completed, as a store keeps them.</summary>
internal sealed class MemoryNodes : INodeReader
{
    private readonly Dictionary<NodeId, byte[]> _nodes = [];
    private readonly MerkleFrontier _frontier = new();

    public long Size => _frontier.Size;

    public byte[] Root() => _frontier.Root();

    public static MemoryNodes Of(IEnumerable<byte[]> entries)
    {
        var nodes = new MemoryNodes();
        foreach (var entry in entries)
        {
            nodes.Append(entry);
        }

        return nodes;
    }

    public byte[] Append(byte[] entry)
    {
        var leaf = MerkleHash.Leaf(entry);
        _nodes[new NodeId(0, _frontier.Size)] = leaf;
        _frontier.Append(leaf, (id, hash) => _nodes[id] = hash);
        return leaf;
    }

    public int Reads { get; private set; }

    public int LastBatch { get; private set; }

    public IReadOnlyDictionary<NodeId, byte[]> Read(IReadOnlyCollection<NodeId> nodes)
    {
        Reads++;
        LastBatch = nodes.Count;
        return nodes.Where(_nodes.ContainsKey).ToDictionary(id => id, id => _nodes[id]);
    }
}
