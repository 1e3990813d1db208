using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Truce.Domain.Events;

namespace Truce.Formats.Reading;

/// <summary>
/// The fingerprint of a source record's content: XxHash128 over each field as a 4-byte
/// little-endian UTF-8 length followed by its bytes. Independent of quoting and container (a
/// UCDP row and the same row carried inside a Truce export hash alike), so re-importing unchanged
/// data adds nothing, and any changed value makes a new revision.
/// </summary>
/// <remarks>Not thread-safe (reuses a buffer); one instance per reader.</remarks>
public sealed class ContentHash
{
    private byte[] _scratch = new byte[4096];

    /// <summary>Hash of fields given as back-to-back UTF-8 bytes and their end offsets.</summary>
    public UInt128 Of(ReadOnlySpan<byte> data, ReadOnlySpan<int> ends)
    {
        var size = data.Length + (4 * ends.Length) + Vector256<byte>.Count;
        if (size > _scratch.Length)
        {
            _scratch = new byte[Math.Max(size, _scratch.Length * 2)];
        }

        // Fields are short: whole vectors are copied (into the slack past the field, overwritten
        // next), except where a vector would read past the end of the data.
        ref var source = ref MemoryMarshal.GetReference(data);
        ref var target = ref MemoryMarshal.GetArrayDataReference(_scratch);
        var pos = 0;
        var start = 0;
        foreach (var end in ends)
        {
            if ((uint)start > (uint)end || (uint)end > (uint)data.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(ends), "field ends must be ascending and within the data");
            }

            var length = end - start;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, pos), BitConverter.IsLittleEndian ? length : BinaryPrimitives.ReverseEndianness(length));
            pos += 4;
            if (data.Length - start >= length + Vector256<byte>.Count)
            {
                for (var i = 0; i < length; i += Vector256<byte>.Count)
                {
                    Vector256.LoadUnsafe(ref Unsafe.Add(ref source, start), (nuint)i).StoreUnsafe(ref Unsafe.Add(ref target, pos), (nuint)i);
                }
            }
            else
            {
                data[start..end].CopyTo(_scratch.AsSpan(pos));
            }

            pos += length;
            start = end;
        }

        return XxHash128.HashToUInt128(_scratch.AsSpan(0, pos));
    }

    /// <summary>
    /// Hash of fields already laid out as this hash reads them: each as its length (4 bytes,
    /// little-endian) and its UTF-8 bytes, back to back (as <c>CsvReader.Framed</c> keeps a record).
    /// </summary>
    public static UInt128 OfFramed(ReadOnlySpan<byte> framed) => XxHash128.HashToUInt128(framed);

    /// <summary>Hash of decoded fields (encoded to UTF-8 first).</summary>
    public UInt128 Of(SourceFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var values = fields.Values;
        var total = 0;
        var ends = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            total += Encoding.UTF8.GetByteCount(values[i]);
            ends[i] = total;
        }

        var data = new byte[total];
        var pos = 0;
        foreach (var v in values)
        {
            pos += Encoding.UTF8.GetBytes(v, data.AsSpan(pos));
        }

        return Of(data, ends);
    }
}
