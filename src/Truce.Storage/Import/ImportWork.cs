namespace Truce.Storage.Import;

/// <summary>One unit handed from the reading thread to the writing thread: a batch of events or a raw file chunk.</summary>
internal sealed class ImportWork
{
    private ImportWork(List<StagedEvent>? events, byte[]? chunk, int chunkLength, int chunkIndex)
    {
        Events = events;
        Chunk = chunk;
        ChunkLength = chunkLength;
        ChunkIndex = chunkIndex;
    }

    public List<StagedEvent>? Events { get; }

    /// <summary>Raw bytes of the file, <see cref="SourceArchive.ChunkSize"/> at a time (the last one shorter).</summary>
    public byte[]? Chunk { get; }

    public int ChunkLength { get; }

    public int ChunkIndex { get; }

    public static ImportWork OfEvents(List<StagedEvent> events) => new(events, null, 0, 0);

    public static ImportWork OfChunk(byte[] chunk, int length, int index) => new(null, chunk, length, index);
}
