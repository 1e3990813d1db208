using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Import;

namespace Truce.Storage.Sqlite.Events;

/// <summary>
/// Re-reads full event records from the archived source files: fetches the chunks that hold a
/// record's bytes, and parses them with the reader that imported them. Keeps the last chunk and
/// every header it met, so a query walking a file in order decompresses each chunk once.
/// </summary>
/// <remarks>Not thread-safe; one per query.</remarks>
internal sealed class RecordArchive(SqliteConnection connection, SqliteTransaction? tx)
{
    private readonly Dictionary<long, (EventFileFormat Format, string File, byte[] Header)> _imports = [];
    private (long ImportId, int Chunk, byte[] Bytes) _last = (-1, -1, []);

    public ConflictEvent Read(long importId, long offset, int length)
    {
        var (format, file, header) = Import(importId);
        return EventReaders.ReadOne(format, header, Bytes(importId, offset, length), file);
    }

    private (EventFileFormat, string, byte[]) Import(long importId)
    {
        if (_imports.TryGetValue(importId, out var known))
        {
            return known;
        }

        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT format, file, header_length FROM imports WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", importId);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException($"Import {importId} is missing from the store.");
        }

        var format = FormatDetector.Parse(r.GetString(0));
        var file = r.GetString(1);
        var header = Bytes(importId, 0, r.GetInt32(2));
        known = (format, file, header);
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
            var chunk = (int)(position / SourceArchive.ChunkSize);
            var bytes = Chunk(importId, chunk);
            var from = (int)(position - ((long)chunk * SourceArchive.ChunkSize));
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
        if (_last.ImportId == importId && _last.Chunk == chunk)
        {
            return _last.Bytes;
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
        _last = (importId, chunk, bytes);
        return bytes;
    }
}
