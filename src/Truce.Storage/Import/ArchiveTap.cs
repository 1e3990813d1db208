using System.Buffers;
using Truce.Formats.Reading;

namespace Truce.Storage.Import;

/// <summary>
/// A read-only pass-through stream that hands every byte read, in chunks of
/// <see cref="SourceArchive.ChunkSize"/>, to a sink: the file is archived in the same pass that
/// imports it; the caller keeps the input stream. Chunk buffers come from <see cref="ArrayPool{T}.Shared"/>; the sink returns them.
/// </summary>
internal sealed class ArchiveTap(Stream inner, Action<byte[], int, int> sink) : ReadOnlyPassThroughStream(inner, leaveOpen: true)
{
    private byte[] _chunk = ArrayPool<byte>.Shared.Rent(SourceArchive.ChunkSize);
    private int _filled;
    private int _index;

    /// <summary>Hands over the last, partial chunk. Call once the reader has reached the end.</summary>
    public void Complete()
    {
        // Read whatever the reader left unread (nothing, for a reader that ran to the end).
        Span<byte> rest = stackalloc byte[4096];
        while (Read(rest) > 0)
        {
        }

        if (_filled > 0)
        {
            Emit();
        }
    }

    protected override void OnRead(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(bytes.Length, SourceArchive.ChunkSize - _filled);
            bytes[..take].CopyTo(_chunk.AsSpan(_filled));
            _filled += take;
            bytes = bytes[take..];
            if (_filled == SourceArchive.ChunkSize)
            {
                Emit();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chunk.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = [];
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
