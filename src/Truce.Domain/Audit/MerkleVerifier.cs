namespace Truce.Domain.Audit;

/// <summary>
/// Checks inclusion and consistency proofs as RFC 9162 §2.1.3.2 and §2.1.4.2 specify (the
/// algorithms Certificate Transparency clients use). Pure and allocation-light; thread-safe.
/// </summary>
public static class MerkleVerifier
{
    /// <summary>
    /// The root that leaf <paramref name="leafHash"/> at <paramref name="index"/> and its audit path
    /// imply for a tree of <paramref name="size"/> leaves, or null when the proof cannot be a path of
    /// that leaf in that tree (wrong length, index past the end, a hash not 32 bytes long).
    /// </summary>
    public static byte[]? RootFromInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= size || leafHash.Length != MerkleHash.Size)
        {
            return null;
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0 || p is not { Length: MerkleHash.Size })
            {
                return null;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 ? r : null;
    }

    /// <summary>Whether <paramref name="proof"/> shows leaf <paramref name="leafHash"/> at <paramref name="index"/> in the tree of <paramref name="size"/> leaves with root <paramref name="root"/>.</summary>
    public static bool Inclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root) =>
        RootFromInclusion(index, size, leafHash, proof) is { } computed && MerkleHash.Same(computed, root);

    /// <summary>Whether <paramref name="proof"/> shows that the tree of <paramref name="size2"/> leaves with root <paramref name="root2"/> extends the tree of <paramref name="size1"/> leaves with root <paramref name="root1"/>.</summary>
    public static bool Consistency(long size1, long size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (size1 < 0 || size2 < size1)
        {
            return false;
        }

        if (size1 == size2)
        {
            return proof.Count == 0 && MerkleHash.Same(root1, root2);
        }

        if (size1 == 0)
        {
            return proof.Count == 0;
        }

        if (proof.Count == 0 || proof.Any(p => p is not { Length: MerkleHash.Size }))
        {
            return false;
        }

        var path = new List<byte[]>(proof.Count + 1);
        if (long.IsPow2(size1))
        {
            path.Add(root1.ToArray());
        }

        path.AddRange(proof);
        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && MerkleHash.Same(fr, root1) && MerkleHash.Same(sr, root2);
    }
}
