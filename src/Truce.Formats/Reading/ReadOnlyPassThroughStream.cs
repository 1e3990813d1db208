namespace Truce.Formats.Reading;

/// <summary>
/// Base of the read-only, forward-only streams that watch bytes on their way from a file to a
/// reader (hashing, counting, archiving). Subclasses override <see cref="Read(Span{byte})"/>;
/// everything else is fixed here. Disposing it disposes the inner stream unless told to leave it open.
/// </summary>
public abstract class ReadOnlyPassThroughStream(Stream inner, bool leaveOpen = false) : Stream
{
    private long _position;

    /// <summary>The stream being read.</summary>
    protected Stream Inner => inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    /// <summary>Bytes read through this stream so far.</summary>
    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _position += n;
        OnRead(buffer[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Sees every byte read, in order.</summary>
    protected abstract void OnRead(ReadOnlySpan<byte> bytes);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
