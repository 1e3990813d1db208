using System.Numerics;

namespace Truce.Domain.Audit;

/// <summary>
/// Tree heads and proofs of RFC 6962 §2.1 (MTH, PATH, PROOF), computed from the stored hashes of
/// perfect subtrees only: every other hash is the hash of a range on the tree's right edge, and
/// those ranges are made of at most log₂(n) perfect subtrees. Each call first works out which
/// nodes it needs, reads them in one batch, then computes — O(log n) stored reads and hashes.
/// </summary>
public static class MerkleProofs
{
    /// <summary>The tree head (root hash) of the first <paramref name="size"/> leaves.</summary>
    public static byte[] Root(long size, INodeReader nodes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return size == 0 ? MerkleHash.Empty() : Run(nodes, hash => Range(0, size, hash));
    }

    /// <summary>The audit path of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves, leaf end first.</summary>
    public static IReadOnlyList<byte[]> Inclusion(long index, long size, INodeReader nodes)
    {
        if (index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"a leaf index from 0 to {size - 1}");
        }

        return Run(nodes, hash =>
        {
            var path = new List<byte[]>();
            Path(index, 0, size, hash, path);
            return path;
        });
    }

    /// <summary>The proof that the tree of <paramref name="size2"/> leaves extends the tree of <paramref name="size1"/> (empty when the sizes are equal or the first is 0).</summary>
    public static IReadOnlyList<byte[]> Consistency(long size1, long size2, INodeReader nodes)
    {
        if (size1 < 0 || size1 > size2)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), size1, $"a size from 0 to {size2}");
        }

        if (size1 == 0 || size1 == size2)
        {
            return [];
        }

        return Run(nodes, hash =>
        {
            var proof = new List<byte[]>();
            SubProof(size1, 0, size2, complete: true, hash, proof);
            return proof;
        });
    }

    private static T Run<T>(INodeReader nodes, Func<Func<NodeId, byte[]>, T> compute)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var wanted = new HashSet<NodeId>();
        var blank = new byte[MerkleHash.Size];
        compute(id =>
        {
            wanted.Add(id);
            return blank;
        });
        var found = nodes.Read(wanted);
        return compute(id => found.TryGetValue(id, out var hash)
            ? hash
            : throw new InvalidOperationException($"The log's node store has no hash for level {id.Level}, index {id.Index}."));
    }

    // MTH(D[start:start+n]); every range reached from the root starts on a multiple of its own
    // size rounded up to a power of two, so a power-of-two range is a stored perfect subtree.
    private static byte[] Range(long start, long n, Func<NodeId, byte[]> hash)
    {
        if (BitOperations.IsPow2(n))
        {
            var level = BitOperations.Log2((ulong)n);
            return hash(new NodeId(level, start >> level));
        }

        var k = Split(n);
        return MerkleHash.Node(Range(start, k, hash), Range(start + k, n - k, hash));
    }

    private static void Path(long m, long start, long n, Func<NodeId, byte[]> hash, List<byte[]> path)
    {
        if (n == 1)
        {
            return;
        }

        var k = Split(n);
        if (m < k)
        {
            Path(m, start, k, hash, path);
            path.Add(Range(start + k, n - k, hash));
        }
        else
        {
            Path(m - k, start + k, n - k, hash, path);
            path.Add(Range(start, k, hash));
        }
    }

    private static void SubProof(long m, long start, long n, bool complete, Func<NodeId, byte[]> hash, List<byte[]> proof)
    {
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(Range(start, n, hash));
            }

            return;
        }

        var k = Split(n);
        if (m <= k)
        {
            SubProof(m, start, k, complete, hash, proof);
            proof.Add(Range(start + k, n - k, hash));
        }
        else
        {
            SubProof(m - k, start + k, n - k, complete: false, hash, proof);
            proof.Add(Range(start, k, hash));
        }
    }

    /// <summary>The largest power of two smaller than <paramref name="n"/> (n ≥ 2).</summary>
    private static long Split(long n) => 1L << BitOperations.Log2((ulong)(n - 1));
}
