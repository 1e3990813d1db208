using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Truce.Storage.Sites;

/// <summary>
/// SHA-256 over the canonical encoding of a group of logged checks, in the order written — what a
/// <c>site.checks</c> audit entry commits to (docs/audit.md, "The check log"). Every number is
/// little-endian; a string is its UTF-8 length (u32) and bytes, null as the length 0xFFFFFFFF:
/// principal, party, answered-at (i64 Unix ms), radius (f64), window from and to (i64 ms each),
/// outcome (u8), the target count (u32) and each target's 2D little-endian WKB (<see cref="Wkb"/>),
/// the conflict count (u32) and each conflict's target index (u32), told text, site-id count (u32)
/// and site ids. Not thread-safe.
/// </summary>
internal sealed class CheckCommitment : IDisposable
{
    private static readonly byte[] PointHead = [1, 1, 0, 0, 0];

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>Checks added.</summary>
    public long Checks { get; private set; }

    /// <summary>Targets added.</summary>
    public long Targets { get; private set; }

    /// <summary>Adds one check, as stored.</summary>
    public void Add(in CheckRow row)
    {
        Text(row.Principal);
        Text(row.Party);
        Int64(row.AtMs);
        Int64(BitConverter.DoubleToInt64Bits(row.Radius));
        Int64(row.FromMs);
        Int64(row.ToMs);
        Bytes([(byte)row.Outcome]);
        UInt32((uint)row.Count);
        switch (row.Layout)
        {
            case TargetLayout.Point:
                Bytes(PointHead);
                Int64(BitConverter.DoubleToInt64Bits(row.Lon ?? double.NaN));
                Int64(BitConverter.DoubleToInt64Bits(row.Lat ?? double.NaN));
                break;
            case TargetLayout.Points:
                var blob = row.Blob ?? [];
                for (var i = 0; i + 16 <= blob.Length; i += 16)
                {
                    Bytes(PointHead);
                    Bytes(blob.AsSpan(i, 16));
                }

                break;
            default:
                Bytes(row.Blob ?? []);
                break;
        }

        UInt32((uint)row.Conflicts.Count);
        foreach (var c in row.Conflicts)
        {
            UInt32((uint)c.Index);
            Text(c.Told);
            UInt32((uint)c.SiteIds.Count);
            foreach (var id in c.SiteIds)
            {
                Text(id);
            }
        }

        Checks++;
        Targets += row.Count;
    }

    /// <summary>The digest (lower-case hex); the hash starts again empty.</summary>
    public string Finish()
    {
        Flush();
        Checks = 0;
        Targets = 0;
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public void Dispose() => _sha.Dispose();

    private void Text(string? value)
    {
        if (value is null)
        {
            UInt32(uint.MaxValue);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        UInt32((uint)bytes.Length);
        Bytes(bytes);
    }

    private void UInt32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        Bytes(b);
    }

    private void Int64(long value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(b, value);
        Bytes(b);
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _sha.AppendData(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Flush()
    {
        _sha.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
