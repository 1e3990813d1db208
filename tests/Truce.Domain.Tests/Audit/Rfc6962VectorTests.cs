using Truce.Domain.Audit;
using static Truce.Domain.Tests.Audit.Rfc6962Vectors;

namespace Truce.Domain.Tests.Audit;

/// <summary>The published RFC 6962 vectors, and every corruption of them the reference tests try.</summary>
public sealed class Rfc6962VectorTests
{
    [Fact]
    public void The_empty_tree_hashes_to_the_published_value()
    {
        Assert.Equal(EmptyTree, MerkleHash.Empty());
        Assert.Equal(EmptyTree, new MerkleFrontier().Root());
        Assert.Equal(EmptyTree, MerkleProofs.Root(0, new MemoryNodes()));
    }

    [Fact]
    public void Every_prefix_of_the_eight_leaves_has_the_published_root()
    {
        var log = new MemoryNodes();
        for (var i = 0; i < Leaves.Length; i++)
        {
            log.Append(Leaves[i]);
            Assert.Equal(Roots[i], log.Root());
            Assert.Equal(Roots[i], MerkleProofs.Root(i + 1, log));
        }
    }

    [Fact]
    public void The_inclusion_proofs_made_are_the_published_ones()
    {
        var log = MemoryNodes.Of(Leaves);
        foreach (var (leaf, size, proof) in Inclusion)
        {
            Assert.Equal(proof, MerkleProofs.Inclusion(leaf - 1, size, log));
        }
    }

    [Fact]
    public void The_consistency_proofs_made_are_the_published_ones()
    {
        var log = MemoryNodes.Of(Leaves);
        foreach (var (size1, size2, proof) in Consistency)
        {
            Assert.Equal(proof, MerkleProofs.Consistency(size1, size2, log));
        }
    }

    [Fact]
    public void The_published_inclusion_proofs_verify_and_every_corruption_of_them_fails()
    {
        foreach (var (leaf, size, proof) in Inclusion)
        {
            var index = leaf - 1;
            var leafHash = MerkleHash.Leaf(Leaves[index]);
            var root = Roots[size - 1];
            Assert.Equal(root, MerkleVerifier.RootFromInclusion(index, size, leafHash, proof));
            Assert.True(MerkleVerifier.Inclusion(index, size, leafHash, proof, root));
            foreach (var (what, i, s, l, p, r) in CorruptInclusion(index, size, proof, root, leafHash))
            {
                Assert.False(MerkleVerifier.Inclusion(i, s, l, p, r), $"leaf {leaf} of {size}: {what} verified");
            }
        }
    }

    [Fact]
    public void The_published_consistency_proofs_verify_and_every_corruption_of_them_fails()
    {
        foreach (var (size1, size2, proof) in Consistency)
        {
            var root1 = Roots[size1 - 1];
            var root2 = Roots[size2 - 1];
            Assert.True(MerkleVerifier.Consistency(size1, size2, root1, root2, proof));
            if (proof.Length == 0)
            {
                continue;
            }

            foreach (var (what, s1, s2, r1, r2, p) in CorruptConsistency(size1, size2, root1, root2, proof))
            {
                Assert.False(MerkleVerifier.Consistency(s1, s2, r1, r2, p), $"{size1}→{size2}: {what} verified");
            }
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void An_empty_proof_never_shows_a_leaf_outside_or_against_a_wrong_root(long index, long size)
    {
        Assert.False(MerkleVerifier.Inclusion(index, size, SomeHash, [], []));
        Assert.False(MerkleVerifier.Inclusion(index, size, [], [], EmptyTree));
        Assert.False(MerkleVerifier.Inclusion(index, size, SomeHash, [], EmptyTree));
    }

    [Fact]
    public void A_one_entry_tree_is_its_leaf_and_nothing_else()
    {
        var hash = MerkleHash.Leaf("data"u8);
        Assert.True(MerkleVerifier.Inclusion(0, 1, hash, [], hash));
        Assert.False(MerkleVerifier.Inclusion(0, 1, [], [], hash));
        Assert.False(MerkleVerifier.Inclusion(0, 1, hash, [], []));
        Assert.False(MerkleVerifier.Inclusion(0, 1, [], [], []));
    }

    [Fact]
    public void Consistency_edge_cases_answer_as_the_reference_does()
    {
        byte[] root1 = "don't care 1"u8.ToArray(), root2 = "don't care 2"u8.ToArray();
        byte[][] none = [], one = [EmptyTree];
        Assert.False(MerkleVerifier.Consistency(0, 0, root1, root2, none));
        Assert.False(MerkleVerifier.Consistency(1, 1, root1, root2, none));
        Assert.True(MerkleVerifier.Consistency(0, 0, root1, root1, none));
        Assert.True(MerkleVerifier.Consistency(0, 1, root1, root2, none));
        Assert.True(MerkleVerifier.Consistency(1, 1, root2, root2, none));
        Assert.False(MerkleVerifier.Consistency(1, 0, root1, root2, none));
        Assert.False(MerkleVerifier.Consistency(2, 1, root1, root2, none));
        Assert.False(MerkleVerifier.Consistency(1, 2, root1, root2, none));
        Assert.False(MerkleVerifier.Consistency(0, 0, EmptyTree, root2, none));
        Assert.False(MerkleVerifier.Consistency(1, 1, EmptyTree, root2, none));
        Assert.False(MerkleVerifier.Consistency(0, 0, EmptyTree, EmptyTree, one));
        Assert.False(MerkleVerifier.Consistency(0, 1, EmptyTree, EmptyTree, one));
        Assert.False(MerkleVerifier.Consistency(1, 1, EmptyTree, EmptyTree, one));
    }

    private static IEnumerable<(string, long, long, byte[], byte[][], byte[])> CorruptInclusion(long index, long size, byte[][] proof, byte[] root, byte[] leaf)
    {
        yield return ("leafIndex - 1", index - 1, size, leaf, proof, root);
        yield return ("leafIndex + 1", index + 1, size, leaf, proof, root);
        yield return ("leafIndex ^ 2", index ^ 2, size, leaf, proof, root);
        yield return ("treeSize * 2", index, size * 2, leaf, proof, root);
        yield return ("treeSize / 2", index, size / 2, leaf, proof, root);
        yield return ("wrong leaf", index, size, "WrongLeaf"u8.ToArray(), proof, root);
        yield return ("empty root", index, size, leaf, proof, EmptyTree);
        yield return ("random root", index, size, leaf, proof, SomeHash);
        yield return ("trailing garbage", index, size, leaf, [.. proof, []], root);
        yield return ("trailing root", index, size, leaf, [.. proof, root], root);
        yield return ("preceding garbage", index, size, leaf, [[], .. proof], root);
        yield return ("preceding root", index, size, leaf, [root, .. proof], root);
        for (var i = 0; i < proof.Length; i++)
        {
            yield return ($"modified proof[{i}] bit 3", index, size, leaf, Flip(proof, i, 8), root);
        }

        if (proof.Length > 0)
        {
            yield return ("removed component", index, size, leaf, proof[..^1], root);
        }

        if (proof.Length > 1)
        {
            yield return ("inserted component", index, size, leaf, [proof[0], SomeHash, .. proof[1..]], root);
        }
    }

    private static IEnumerable<(string, long, long, byte[], byte[], byte[][])> CorruptConsistency(long size1, long size2, byte[] root1, byte[] root2, byte[][] proof)
    {
        yield return ("size1 - 1", size1 - 1, size2, root1, root2, proof);
        yield return ("size1 + 1", size1 + 1, size2, root1, root2, proof);
        yield return ("size1 ^ 2", size1 ^ 2, size2, root1, root2, proof);
        yield return ("size2 * 2", size1, size2 * 2, root1, root2, proof);
        yield return ("size2 / 2", size1, size2 / 2, root1, root2, proof);
        yield return ("wrong root1", size1, size2, "WrongRoot"u8.ToArray(), root2, proof);
        yield return ("wrong root2", size1, size2, root1, "WrongRoot"u8.ToArray(), proof);
        yield return ("swapped roots", size1, size2, root2, root1, proof);
        yield return ("empty proof", size1, size2, root1, root2, []);
        yield return ("trailing garbage", size1, size2, root1, root2, [.. proof, []]);
        yield return ("trailing root1", size1, size2, root1, root2, [.. proof, root1]);
        yield return ("trailing root2", size1, size2, root1, root2, [.. proof, root2]);
        yield return ("preceding garbage", size1, size2, root1, root2, [[], .. proof]);
        yield return ("preceding root1", size1, size2, root1, root2, [root1, .. proof]);
        yield return ("preceding root2", size1, size2, root1, root2, [root2, .. proof]);
        yield return ("preceding proof[0]", size1, size2, root1, root2, [proof[0], .. proof]);
        yield return ("truncated proof", size1, size2, root1, root2, proof[..^1]);
        for (var i = 0; i < proof.Length; i++)
        {
            yield return ($"modified proof[{i}] bit 4", size1, size2, root1, root2, Flip(proof, i, 16));
        }
    }

    private static byte[][] Flip(byte[][] proof, int i, byte mask)
    {
        var copy = proof.Select(p => p.ToArray()).ToArray();
        copy[i][0] ^= mask;
        return copy;
    }
}
