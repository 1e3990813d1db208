namespace Truce.Domain.Audit;

/// <summary>
/// The right edge of a growing log's Merkle tree: the perfect subtrees that make up its first
/// <see cref="Size"/> leaves (one per set bit of the size, largest first). Appending a leaf
/// completes the perfect subtrees it closes — the nodes a store keeps — and the root is these
/// subtrees folded from the right. O(log n) memory; not thread-safe.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly List<byte[]> _subtrees = [];

    /// <summary>How many leaves the tree has.</summary>
    public long Size { get; private set; }

    /// <summary>The perfect subtrees that make up a tree of <paramref name="size"/> leaves, largest (leftmost) first.</summary>
    public static IReadOnlyList<NodeId> Edge(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var edge = new List<NodeId>();
        var start = 0L;
        for (var level = 62; level >= 0; level--)
        {
            if ((size >> level & 1) == 1)
            {
                edge.Add(new NodeId(level, start >> level));
                start += 1L << level;
            }
        }

        return edge;
    }

    /// <summary>The frontier of a stored tree of <paramref name="size"/> leaves, from its stored nodes.</summary>
    public static MerkleFrontier Restore(long size, INodeReader nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var edge = Edge(size);
        var found = nodes.Read(edge);
        var frontier = new MerkleFrontier { Size = size };
        foreach (var id in edge)
        {
            frontier._subtrees.Add(found.TryGetValue(id, out var hash)
                ? hash
                : throw new InvalidOperationException($"The log's node store has no hash for level {id.Level}, index {id.Index}."));
        }

        return frontier;
    }

    /// <summary>Adds a leaf; <paramref name="completed"/> receives each perfect subtree of level ≥ 1 the leaf closes, lowest first.</summary>
    public void Append(ReadOnlySpan<byte> leafHash, Action<NodeId, byte[]>? completed = null)
    {
        if (leafHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException($"A leaf hash is {MerkleHash.Size} bytes, not {leafHash.Length}.", nameof(leafHash));
        }

        var hash = leafHash.ToArray();
        var level = 0;
        while ((Size >> level & 1) == 1)
        {
            hash = MerkleHash.Node(_subtrees[^1], hash);
            _subtrees.RemoveAt(_subtrees.Count - 1);
            level++;
            completed?.Invoke(new NodeId(level, ((Size + 1) >> level) - 1), hash);
        }

        _subtrees.Add(hash);
        Size++;
    }

    /// <summary>The tree head of the leaves appended so far.</summary>
    public byte[] Root()
    {
        if (_subtrees.Count == 0)
        {
            return MerkleHash.Empty();
        }

        var root = _subtrees[^1];
        for (var i = _subtrees.Count - 2; i >= 0; i--)
        {
            root = MerkleHash.Node(_subtrees[i], root);
        }

        return root;
    }
}
