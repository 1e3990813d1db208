namespace Truce.Domain.Audit;

/// <summary>
/// A perfect subtree of the log's Merkle tree: the <c>2^Level</c> leaves from
/// <c>Index × 2^Level</c>. Level 0 is a leaf. Such a node never changes once its last leaf exists,
/// so stores keep these and compute every other hash from them.
/// </summary>
public readonly record struct NodeId(int Level, long Index)
{
    /// <summary>The first leaf under the node.</summary>
    public long FirstLeaf => Index << Level;

    /// <summary>How many leaves are under the node.</summary>
    public long Width => 1L << Level;
}
