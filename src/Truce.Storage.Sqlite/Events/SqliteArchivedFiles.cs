using Microsoft.Data.Sqlite;
using Truce.Storage.Import;

namespace Truce.Storage.Sqlite.Events;

/// <summary>The archived source files of a SQLite store (<c>imports</c>, <c>source_chunks</c>), read on the caller's connection and transaction.</summary>
internal sealed class SqliteArchivedFiles(SqliteConnection connection, SqliteTransaction? tx) : IArchivedFiles
{
    public ArchivedImport Import(long importId)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT format, file, header_length, chunk_size FROM imports WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", importId);
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new ArchivedImport(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3))
            : throw new InvalidDataException($"Import {importId} is missing from the store.");
    }

    public (int RawLength, byte[] Data) Chunk(long importId, int chunk)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT raw_length, data FROM source_chunks WHERE import_id = $id AND chunk = $chunk";
        cmd.Parameters.AddWithValue("$id", importId);
        cmd.Parameters.AddWithValue("$chunk", chunk);
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? (r.GetInt32(0), (byte[])r[1])
            : throw new InvalidDataException($"Chunk {chunk} of import {importId} is missing from the store.");
    }
}
