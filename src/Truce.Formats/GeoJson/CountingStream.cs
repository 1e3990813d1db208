using Truce.Formats.Reading;

namespace Truce.Formats.GeoJson;

/// <summary>A read-only pass-through stream whose <see cref="Stream.Position"/> counts the bytes read (for progress).</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyPassThroughStream(inner)
{
    protected override void OnRead(ReadOnlySpan<byte> bytes)
    {
    }
}
