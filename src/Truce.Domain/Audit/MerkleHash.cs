using System.Security.Cryptography;

namespace Truce.Domain.Audit;

/// <summary>
/// The hashes of an RFC 6962 (Certificate Transparency) Merkle tree over SHA-256:
/// a leaf is <c>SHA-256(0x00 ‖ entry)</c>, an inner node <c>SHA-256(0x01 ‖ left ‖ right)</c>, the
/// empty tree <c>SHA-256()</c>. The prefixes keep a leaf from ever passing for a node.
/// </summary>
public static class MerkleHash
{
    /// <summary>The length of every hash, in bytes.</summary>
    public const int Size = 32;

    /// <summary>The root of the empty tree: SHA-256 of no bytes.</summary>
    public static byte[] Empty() => SHA256.HashData([]);

    /// <summary>The hash of a leaf whose entry is <paramref name="entry"/>.</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> entry)
    {
        var hash = new byte[Size];
        Leaf(entry, hash);
        return hash;
    }

    /// <summary>Writes the hash of a leaf whose entry is <paramref name="entry"/> to <paramref name="destination"/>.</summary>
    public static void Leaf(ReadOnlySpan<byte> entry, Span<byte> destination)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData([0x00]);
        sha.AppendData(entry);
        sha.GetHashAndReset(destination);
    }

    /// <summary>The hash of an inner node with the given children.</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>Whether two hashes are equal, in time independent of where they differ.</summary>
    public static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length == b.Length && CryptographicOperations.FixedTimeEquals(a, b);
}
