using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// Writes PostgreSQL's binary COPY format (a header, then per row a field count and each field as
/// a 32-bit length and its bytes in network order, then a trailer) into a buffer that is handed to
/// the raw COPY stream 64 KiB at a time. A million events go in without one call per field into
/// the driver, which was most of the writer thread's time with Npgsql's typed importer.
/// </summary>
/// <remarks>The encodings are PostgreSQL's <c>*_send</c> formats: see "Binary Format" under COPY in the PostgreSQL manual.</remarks>
internal sealed class BinaryCopyWriter : IDisposable
{
    private const int FlushAt = 64 << 10;
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochMicroseconds = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000;

    /// <summary>"PGCOPY\n\377\r\n\0".</summary>
    private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
    private int _length;

    public BinaryCopyWriter(Stream output)
    {
        _output = output;
        Signature.CopyTo(Span(11));
        Int32Raw(0); // flags
        Int32Raw(0); // header extension length
    }

    public void StartRow(short fields)
    {
        if (_length >= FlushAt)
        {
            Flush();
        }

        BinaryPrimitives.WriteInt16BigEndian(Span(2), fields);
    }

    public void Null() => Int32Raw(-1);

    public void Int16(short value)
    {
        Int32Raw(2);
        BinaryPrimitives.WriteInt16BigEndian(Span(2), value);
    }

    public void Int32(int value)
    {
        Int32Raw(4);
        Int32Raw(value);
    }

    public void Int64(long value)
    {
        Int32Raw(8);
        BinaryPrimitives.WriteInt64BigEndian(Span(8), value);
    }

    public void Int64(long? value)
    {
        if (value is { } v)
        {
            Int64(v);
        }
        else
        {
            Null();
        }
    }

    public void Int16(int? value)
    {
        if (value is { } v)
        {
            Int16((short)v);
        }
        else
        {
            Null();
        }
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var span = Span(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        _length -= span.Length - 4 - written;
    }

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void Date(DateOnly value) => Int32(value.DayNumber - PostgresEpochDay);

    /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01 UTC.</summary>
    public void TimestampTz(DateTimeOffset value) => Int64((value.ToUnixTimeMilliseconds() * 1000) - PostgresEpochMicroseconds);

    /// <summary>A <c>uuid</c>: its 16 bytes in order (here a 128-bit hash, big-endian).</summary>
    public void Uuid(UInt128 value)
    {
        Int32Raw(16);
        BinaryPrimitives.WriteUInt128BigEndian(Span(16), value);
    }

    /// <summary>A PostGIS <c>geometry</c> point as extended WKB (little-endian, with its SRID).</summary>
    public void Point(double x, double y, int srid)
    {
        Int32Raw(25);
        var span = Span(25);
        span[0] = 1; // little-endian
        BinaryPrimitives.WriteUInt32LittleEndian(span[1..], 0x2000_0001); // Point, SRID follows
        BinaryPrimitives.WriteInt32LittleEndian(span[5..], srid);
        BinaryPrimitives.WriteDoubleLittleEndian(span[9..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(span[17..], y);
    }

    /// <summary>Writes the trailer and everything buffered. The caller then ends the COPY (disposing its stream).</summary>
    public void Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Span(2), -1);
        Flush();
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Int32Raw(int value) => BinaryPrimitives.WriteInt32BigEndian(Span(4), value);

    /// <summary>The next <paramref name="size"/> bytes of the buffer, counted as written.</summary>
    private Span<byte> Span(int size)
    {
        if (_length + size > _buffer.Length)
        {
            Flush();
            if (size > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(size);
            }
        }

        var span = _buffer.AsSpan(_length, size);
        _length += size;
        return span;
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
