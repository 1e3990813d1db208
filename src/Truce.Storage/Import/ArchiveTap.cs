using System.Buffers;

namespace Truce.Storage.Import;

/// <summary>
/// A read-only pass-through stream that hands every byte read, in chunks of
/// <see cref="SourceArchive.ChunkSize"/>, to a sink: the file is archived in the same pass that
/// imports it. Chunk buffers come from <see cref="ArrayPool{T}.Shared"/>; the sink returns them.
/// </summary>
internal sealed class ArchiveTap(Stream inner, Action<byte[], int, int> sink) : Stream
{
    private byte[] _chunk = ArrayPool<byte>.Shared.Rent(SourceArchive.ChunkSize);
    private int _filled;
    private int _index;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _position += n;
        var rest = buffer[..n];
        while (!rest.IsEmpty)
        {
            var take = Math.Min(rest.Length, SourceArchive.ChunkSize - _filled);
            rest[..take].CopyTo(_chunk.AsSpan(_filled));
            _filled += take;
            rest = rest[take..];
            if (_filled == SourceArchive.ChunkSize)
            {
                Emit();
            }
        }

        return n;
    }

    /// <summary>Hands over the last, partial chunk. Call once the reader has reached the end.</summary>
    public void Complete()
    {
        // Read whatever the reader left unread (nothing, for a reader that ran to the end).
        Span<byte> sink = stackalloc byte[4096];
        while (Read(sink) > 0)
        {
        }

        if (_filled > 0)
        {
            Emit();
        }

    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_chunk.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_chunk);
                _chunk = [];
            }
        }

        base.Dispose(disposing);
    }

    private void Emit()
    {
        // The sink owns the rented buffer from here and returns it to the pool.
        sink(_chunk, _filled, _index++);
        _chunk = ArrayPool<byte>.Shared.Rent(SourceArchive.ChunkSize);
        _filled = 0;
    }
}
