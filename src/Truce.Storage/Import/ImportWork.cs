namespace Truce.Storage.Import;

/// <summary>One unit handed from the reading thread to the writing thread: a batch of events or a raw file chunk.</summary>
internal sealed class ImportWork
{
    private ImportWork(List<StagedEvent>? events, byte[]? chunk, int compressedLength, int rawLength, int chunkIndex)
    {
        Events = events;
        Chunk = chunk;
        CompressedLength = compressedLength;
        RawLength = rawLength;
        ChunkIndex = chunkIndex;
    }

    public List<StagedEvent>? Events { get; }

    /// <summary>
    /// One compressed chunk of the file (<see cref="SourceArchive.ChunkSize"/> raw bytes, the last
    /// one shorter), in a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> that
    /// the writer returns.
    /// </summary>
    public byte[]? Chunk { get; }

    public int CompressedLength { get; }

    public int RawLength { get; }

    public int ChunkIndex { get; }

    public static ImportWork OfEvents(List<StagedEvent> events) => new(events, null, 0, 0, 0);

    public static ImportWork OfChunk(byte[] compressed, int compressedLength, int rawLength, int index) =>
        new(null, compressed, compressedLength, rawLength, index);
}
