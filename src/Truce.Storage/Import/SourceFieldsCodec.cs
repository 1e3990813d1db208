using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Truce.Domain.Events;

namespace Truce.Storage.Import;

/// <summary>
/// Stores the values of a source row as a compact blob (per value: LEB128 byte length, UTF-8
/// bytes) and the column names once per distinct header (a JSON array). Lossless for any text.
/// The content hash (XxHash128 of dataset and blob) decides whether a record changed.
/// </summary>
/// <remarks>Not thread-safe: one codec per import.</remarks>
internal sealed class SourceFieldsCodec
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>Encodes the values; the span is valid until the next call.</summary>
    public ReadOnlySpan<byte> Encode(SourceFields fields)
    {
        _buffer.ResetWrittenCount();
        foreach (var value in fields.Values)
        {
            var max = Encoding.UTF8.GetMaxByteCount(value.Length);
            var span = _buffer.GetSpan(max + 5);
            var length = Encoding.UTF8.GetBytes(value, span[5..]);
            var prefix = WriteVarint(span, (uint)length);
            if (prefix < 5)
            {
                span.Slice(5, length).CopyTo(span[prefix..]);
            }

            _buffer.Advance(prefix + length);
        }

        return _buffer.WrittenSpan;
    }

    /// <summary>Hash of a record's content: its dataset and its encoded source values.</summary>
    public static UInt128 Hash(EventDataset dataset, ReadOnlySpan<byte> encoded) =>
        XxHash128.HashToUInt128(encoded, (long)dataset);

    public static string[] Decode(ReadOnlySpan<byte> blob)
    {
        var values = new List<string>();
        var pos = 0;
        while (pos < blob.Length)
        {
            uint length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = blob[pos++];
                length |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            values.Add(Encoding.UTF8.GetString(blob.Slice(pos, (int)length)));
            pos += (int)length;
        }

        return [.. values];
    }

    public static string NamesJson(IReadOnlyList<string> names) => JsonSerializer.Serialize(names);

    public static string[] ParseNames(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static int WriteVarint(Span<byte> span, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        return i;
    }
}
