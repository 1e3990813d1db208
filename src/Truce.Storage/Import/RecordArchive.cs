using Truce.Domain.Events;
using Truce.Formats.Detection;
namespace Truce.Storage.Import;

/// <summary>
/// Re-reads full event records from the archived source files: fetches the chunks that hold a
/// record's bytes, and parses them with the reader that imported them. Keeps the most recently
/// used chunks (<see cref="CachedChunks"/> of them, 64 MiB) and every header it met, so a query that
/// walks several files, or several places of one file, at once decompresses each chunk once.
/// </summary>
/// <remarks>Not thread-safe; one per query.</remarks>
internal sealed class RecordArchive(IArchivedFiles files)
{
    private readonly Dictionary<long, Func<byte[], ConflictEvent>> _imports = [];
    private readonly Dictionary<long, int> _chunkSizes = [];
    private const int CachedChunks = 64; // of 1 MiB: at most 64 MiB
    private readonly Dictionary<(long ImportId, int Chunk), LinkedListNode<((long, int) Key, byte[] Bytes)>> _chunks = [];
    private readonly LinkedList<((long, int) Key, byte[] Bytes)> _recent = new();

    public ConflictEvent Read(long importId, long offset, int length)
    {
        var read = Import(importId); // first: it learns the import's chunk size
        return read(Bytes(importId, offset, length));
    }

    private Func<byte[], ConflictEvent> Import(long importId)
    {
        if (_imports.TryGetValue(importId, out var known))
        {
            return known;
        }

        var file = files.Import(importId);
        var format = FormatDetector.Parse(file.Format);
        _chunkSizes[importId] = file.ChunkSize;
        var header = Bytes(importId, 0, file.HeaderLength);
        known = EventReaders.RecordReader(format, header, file.File);
        _imports[importId] = known;
        return known;
    }

    private byte[] Bytes(long importId, long offset, int length)
    {
        var result = new byte[length];
        var done = 0;
        while (done < length)
        {
            var position = offset + done;
            var size = _chunkSizes[importId];
            var chunk = (int)(position / size);
            var bytes = Chunk(importId, chunk);
            var from = (int)(position - ((long)chunk * size));
            var take = Math.Min(length - done, bytes.Length - from);
            if (take <= 0)
            {
                throw new InvalidDataException($"Import {importId} holds no bytes at offset {position}.");
            }

            bytes.AsSpan(from, take).CopyTo(result.AsSpan(done));
            done += take;
        }

        return result;
    }

    private byte[] Chunk(long importId, int chunk)
    {
        if (_chunks.TryGetValue((importId, chunk), out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Bytes;
        }

        var (rawLength, data) = files.Chunk(importId, chunk);
        var bytes = SourceArchive.Decompress(data, rawLength);
        if (_chunks.Count == CachedChunks)
        {
            _chunks.Remove(_recent.Last!.Value.Key);
            _recent.RemoveLast();
        }

        _chunks[(importId, chunk)] = _recent.AddFirst(((importId, chunk), bytes));
        return bytes;
    }
}
