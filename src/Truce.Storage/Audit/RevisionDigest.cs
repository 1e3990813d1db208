using System.Buffers.Binary;
using System.Security.Cryptography;
using Truce.Domain.Events;

namespace Truce.Storage.Audit;

/// <summary>
/// SHA-256 over the event revisions one import wrote, in the order written (dataset, revision
/// number and the record's 128-bit content hash, 21 bytes each): the import's log entry keeps it,
/// and verification recomputes it from the stored rows, so a revision added, dropped or swapped
/// after the fact shows.
/// </summary>
public sealed class RevisionDigest : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>How many revisions were added.</summary>
    public long Count { get; private set; }

    public void Add(EventDataset dataset, int revision, UInt128 contentHash)
    {
        Span<byte> row = stackalloc byte[21];
        row[0] = (byte)dataset;
        BinaryPrimitives.WriteInt32BigEndian(row[1..], revision);
        BinaryPrimitives.WriteUInt128BigEndian(row[5..], contentHash);
        _sha.AppendData(row);
        Count++;
    }

    /// <summary>The digest, lower-case hex.</summary>
    public string Finish() => Convert.ToHexStringLower(_sha.GetHashAndReset());

    public void Dispose() => _sha.Dispose();
}
