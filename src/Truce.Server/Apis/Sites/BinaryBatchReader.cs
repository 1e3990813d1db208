using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace Truce.Server.Apis.Sites;

/// <summary>
/// Reads a batch check in its packed binary form (<c>Content-Type: application/octet-stream</c>),
/// for planning tools with many targets: no text to format or parse, and the points land in the
/// array the check keeps. All numbers little-endian:
/// <code>
/// byte  size  field
///    0     4  magic: the ASCII bytes "TRCB"
///    4     2  version: 1 (uint16)
///    6     2  flags: 0 (uint16, reserved)
///    8     8  radius, metres: 0–50,000 (float64)
///   16     8  from: Unix time in milliseconds, UTC (int64)
///   24     8  to: likewise, not before from (int64)
///   32     4  count of points: 1–5,000,000 (uint32)
///   36     4  reserved: 0 (uint32)
///   40  16·n  the points: longitude then latitude, degrees WGS 84 (float64 each), as the JSON form's [lon, lat]
/// </code>
/// The body is exactly 40 + 16 × count bytes. A bad body is an error naming the field (and the
/// point's index), the reason and the byte offset.
/// </summary>
internal static class BinaryBatchReader
{
    public const string ContentType = "application/octet-stream";

    public const int HeaderBytes = 40;

    private const int Version = 1;

    private static ReadOnlySpan<byte> Magic => "TRCB"u8;

    /// <summary>Reads and checks the body; returns the batch, or an error "field: reason (byte N)".</summary>
    public static async Task<(BatchRequestReader.Batch? Batch, string? Error)> Read(Stream body, long? contentLength, CancellationToken cancel)
    {
        var header = new byte[HeaderBytes];
        var got = await body.ReadAtLeastAsync(header, HeaderBytes, throwOnEndOfStream: false, cancel).ConfigureAwait(false);
        if (got < HeaderBytes)
        {
            return (null, $"header: the body ends at byte {got}; the header alone is {HeaderBytes} bytes (byte {got})");
        }

        if (Header(header, out var radius, out var from, out var to, out var count) is { } bad)
        {
            return (null, bad);
        }

        var expected = HeaderBytes + (16L * count);
        if (contentLength is { } length && length != expected)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"body: {length} bytes, but a header announcing {count} points needs {HeaderBytes} + 16 × {count} = {expected} (byte {Math.Min(length, expected)})"));
        }

        var xy = new double[2 * count];
        var read = await Points(body, xy, cancel).ConfigureAwait(false);
        if (read < 16L * count)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"body: ends at byte {HeaderBytes + read}, but the header announces {count} points ({expected} bytes) (byte {HeaderBytes + read})"));
        }

        if (await body.ReadAsync(new byte[1], cancel).ConfigureAwait(false) > 0)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"body: longer than the {expected} bytes its header announces (byte {expected})"));
        }

        for (var i = 0; i < count; i++)
        {
            var (lon, lat) = (xy[2 * i], xy[(2 * i) + 1]);
            if (!(lon is >= -180 and <= 180))
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"points[{i}]: longitude {lon} is outside -180..180 (byte {HeaderBytes + (16L * i)})"));
            }

            if (!(lat is >= -90 and <= 90))
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"points[{i}]: latitude {lat} is outside -90..90 (byte {HeaderBytes + (16L * i) + 8})"));
            }
        }

        return (new BatchRequestReader.Batch(radius, from, to, xy), null);
    }

    /// <summary>Checks the header's fields; null when good, else the error.</summary>
    private static string? Header(ReadOnlySpan<byte> h, out double radius, out DateTimeOffset from, out DateTimeOffset to, out int count)
    {
        (radius, from, to, count) = (BinaryPrimitives.ReadDoubleLittleEndian(h[8..]), default, default, 0);
        var (fromMs, toMs) = (BinaryPrimitives.ReadInt64LittleEndian(h[16..]), BinaryPrimitives.ReadInt64LittleEndian(h[24..]));
        var points = BinaryPrimitives.ReadUInt32LittleEndian(h[32..]);
        var minMs = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
        var maxMs = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
        var error = !h[..4].SequenceEqual(Magic) ? "magic: not a packed batch check; the body must start with the ASCII bytes \"TRCB\" (byte 0)"
            : BinaryPrimitives.ReadUInt16LittleEndian(h[4..]) is var version and not Version ? FormattableString.Invariant($"version: {version} is not supported; the version is {Version} (byte 4)")
            : BinaryPrimitives.ReadUInt16LittleEndian(h[6..]) != 0 ? "flags: must be 0 in version 1 (byte 6)"
            : !(radius is >= 0 and <= 50_000) ? FormattableString.Invariant($"radiusMetres: {radius} is outside 0..50000 (byte 8)")
            : fromMs < minMs || fromMs > maxMs ? FormattableString.Invariant($"from: {fromMs} is not a time in Unix milliseconds (byte 16)")
            : toMs < minMs || toMs > maxMs ? FormattableString.Invariant($"to: {toMs} is not a time in Unix milliseconds (byte 24)")
            : toMs < fromMs ? "to: the window ends before it starts (byte 24)"
            : points == 0 ? "count: at least one point (byte 32)"
            : points > BatchRequestReader.MaxPoints ? FormattableString.Invariant($"count: {points} points, more than {BatchRequestReader.MaxPoints:N0}; split the batch (byte 32)")
            : BinaryPrimitives.ReadUInt32LittleEndian(h[36..]) != 0 ? "reserved: must be 0 (byte 36)"
            : null;
        if (error is not null)
        {
            return error;
        }

        (from, to, count) = (DateTimeOffset.FromUnixTimeMilliseconds(fromMs), DateTimeOffset.FromUnixTimeMilliseconds(toMs), (int)points);
        return null;
    }

    /// <summary>Reads the points' bytes into <paramref name="xy"/>; returns how many bytes came.</summary>
    private static async Task<long> Points(Stream body, double[] xy, CancellationToken cancel)
    {
        var total = 16L * (xy.Length / 2);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long read = 0;
            while (read < total)
            {
                var n = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, total - read)), cancel).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                Buffer.BlockCopy(buffer, 0, xy, (int)read, n);
                read += n;
            }

            if (!BitConverter.IsLittleEndian)
            {
                for (var i = 0; i < xy.Length; i++)
                {
                    xy[i] = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReverseEndianness(BitConverter.DoubleToInt64Bits(xy[i])));
                }
            }

            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
