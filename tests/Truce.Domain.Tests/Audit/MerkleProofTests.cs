using Truce.Domain.Audit;

namespace Truce.Domain.Tests.Audit;

/// <summary>Proofs from stored perfect subtrees, against every leaf and every pair of sizes of small logs.</summary>
public sealed class MerkleProofTests
{
    private static byte[] Entry(int i) => BitConverter.GetBytes(i * 2_654_435_761L);

    [Fact]
    public void Every_leaf_of_every_tree_up_to_70_entries_has_an_inclusion_proof_that_verifies()
    {
        var log = MemoryNodes.Of(Enumerable.Range(0, 70).Select(Entry));
        for (var size = 1L; size <= 70; size++)
        {
            var root = MerkleProofs.Root(size, log);
            for (var index = 0L; index < size; index++)
            {
                var proof = MerkleProofs.Inclusion(index, size, log);
                Assert.True(MerkleVerifier.Inclusion(index, size, MerkleHash.Leaf(Entry((int)index)), proof, root), $"{index} of {size}");
                Assert.False(MerkleVerifier.Inclusion(index, size, MerkleHash.Leaf(Entry((int)index + 1)), proof, root));
            }
        }
    }

    [Fact]
    public void Every_pair_of_sizes_up_to_70_has_a_consistency_proof_that_verifies_and_not_for_other_roots()
    {
        var log = MemoryNodes.Of(Enumerable.Range(0, 70).Select(Entry));
        var roots = Enumerable.Range(0, 71).Select(n => MerkleProofs.Root(n, log)).ToArray();
        for (var size1 = 1; size1 <= 70; size1++)
        {
            for (var size2 = size1; size2 <= 70; size2++)
            {
                var proof = MerkleProofs.Consistency(size1, size2, log);
                Assert.True(MerkleVerifier.Consistency(size1, size2, roots[size1], roots[size2], proof), $"{size1}→{size2}");
                if (size1 > 1)
                {
                    Assert.False(MerkleVerifier.Consistency(size1, size2, roots[size1 - 1], roots[size2], proof));
                }
            }
        }
    }

    [Fact]
    public void The_frontier_root_equals_the_root_computed_from_stored_nodes_at_every_size()
    {
        var log = new MemoryNodes();
        for (var i = 0; i < 300; i++)
        {
            log.Append(Entry(i));
            Assert.Equal(log.Root(), MerkleProofs.Root(log.Size, log));
        }
    }

    [Fact]
    public void A_restored_frontier_continues_the_same_tree()
    {
        var log = MemoryNodes.Of(Enumerable.Range(0, 1000).Select(Entry));
        var restored = MerkleFrontier.Restore(777, log);
        var reference = new MerkleFrontier();
        for (var i = 0; i < 1000; i++)
        {
            reference.Append(MerkleHash.Leaf(Entry(i)));
            if (i == 776)
            {
                Assert.Equal(reference.Root(), restored.Root());
            }

            if (i >= 777)
            {
                restored.Append(MerkleHash.Leaf(Entry(i)));
            }
        }

        Assert.Equal(reference.Root(), restored.Root());
    }

    [Fact]
    public void A_proof_reads_its_stored_nodes_in_one_batch_of_at_most_two_per_level()
    {
        var log = MemoryNodes.Of(Enumerable.Range(0, 5_000).Select(Entry));
        var before = log.Reads;
        var proof = MerkleProofs.Inclusion(4_321, 4_999, log);
        Assert.Equal(before + 1, log.Reads);
        Assert.InRange(log.LastBatch, proof.Count, 2 * 13);
        Assert.InRange(proof.Count, 1, 13);
    }

    [Fact]
    public void A_leaf_hash_is_prefixed_so_it_never_equals_a_node_over_the_same_bytes()
    {
        var left = MerkleHash.Leaf("a"u8);
        var right = MerkleHash.Leaf("b"u8);
        byte[] joined = [.. left, .. right];
        Assert.NotEqual(MerkleHash.Node(left, right), MerkleHash.Leaf(joined));
    }
}
