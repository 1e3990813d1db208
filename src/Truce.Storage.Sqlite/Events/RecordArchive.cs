using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Import;

namespace Truce.Storage.Sqlite.Events;

/// <summary>
/// Re-reads full event records from the archived source files: fetches the chunks that hold a
/// record's bytes, and parses them with the reader that imported them. Keeps the most recently
/// used chunks (<see cref="CachedChunks"/> of them, 64 MiB) and every header it met, so a query that
/// walks several files, or several places of one file, at once decompresses each chunk once.
/// </summary>
/// <remarks>Not thread-safe; one per query.</remarks>
internal sealed class RecordArchive(SqliteConnection connection, SqliteTransaction? tx)
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

        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT format, file, header_length, chunk_size FROM imports WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", importId);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException($"Import {importId} is missing from the store.");
        }

        var format = FormatDetector.Parse(r.GetString(0));
        _chunkSizes[importId] = r.GetInt32(3);
        var file = r.GetString(1);
        var header = Bytes(importId, 0, r.GetInt32(2));
        known = EventReaders.RecordReader(format, header, file);
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

        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT raw_length, data FROM source_chunks WHERE import_id = $id AND chunk = $chunk";
        cmd.Parameters.AddWithValue("$id", importId);
        cmd.Parameters.AddWithValue("$chunk", chunk);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException($"Chunk {chunk} of import {importId} is missing from the store.");
        }

        var bytes = SourceArchive.Decompress((byte[])r[1], r.GetInt32(0));
        if (_chunks.Count == CachedChunks)
        {
            _chunks.Remove(_recent.Last!.Value.Key);
            _recent.RemoveLast();
        }

        _chunks[(importId, chunk)] = _recent.AddFirst(((importId, chunk), bytes));
        return bytes;
    }
}
