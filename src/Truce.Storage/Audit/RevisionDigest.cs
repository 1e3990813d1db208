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
    private const int RowLength = 21;

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Rows gathered before they go to the hash: one call into the hash per 512 rows, not per row.
    private readonly byte[] _pending = new byte[RowLength * 512];
    private int _filled;

    /// <summary>How many revisions were added.</summary>
    public long Count { get; private set; }

    public void Add(EventDataset dataset, int revision, UInt128 contentHash)
    {
        if (_filled == _pending.Length)
        {
            Flush();
        }

        var row = _pending.AsSpan(_filled, RowLength);
        row[0] = (byte)dataset;
        BinaryPrimitives.WriteInt32BigEndian(row[1..], revision);
        BinaryPrimitives.WriteUInt128BigEndian(row[5..], contentHash);
        _filled += RowLength;
        Count++;
    }

    private void Flush()
    {
        _sha.AppendData(_pending, 0, _filled);
        _filled = 0;
    }

    /// <summary>The digest and count of each import's revisions, from stored rows ordered by import, then as written.</summary>
    public static Dictionary<long, (long Count, string? Sha256)> ByImport(IEnumerable<(long Import, EventDataset Dataset, int Revision, UInt128 ContentHash)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var digests = new Dictionary<long, (long, string?)>();
        long current = -1;
        var digest = new RevisionDigest();
        try
        {
            foreach (var (import, dataset, revision, hash) in rows)
            {
                if (import != current)
                {
                    if (current >= 0)
                    {
                        digests[current] = (digest.Count, digest.Finish());
                    }

                    digest.Count = 0;
                    current = import;
                }

                digest.Add(dataset, revision, hash);
            }

            if (current >= 0)
            {
                digests[current] = (digest.Count, digest.Finish());
            }
        }
        finally
        {
            digest.Dispose();
        }

        return digests;
    }

    /// <summary>The digest, lower-case hex.</summary>
    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public void Dispose() => _sha.Dispose();
}
