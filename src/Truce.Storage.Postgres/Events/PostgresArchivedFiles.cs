using Npgsql;
using Truce.Storage.Import;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// The archived source files of a PostgreSQL store (<c>imports</c>, <c>source_chunks</c>), read on
/// a connection of their own, opened at the first read: the query that needs the records is still
/// reading rows on its connection.
/// </summary>
internal sealed class PostgresArchivedFiles(NpgsqlDataSource source) : IArchivedFiles, IDisposable
{
    private NpgsqlConnection? _connection;

    public ArchivedImport Import(long importId)
    {
        using var cmd = new NpgsqlCommand("SELECT format, file, header_length, chunk_size FROM imports WHERE id = $1", Connection());
        cmd.Parameters.Add(new() { Value = importId });
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new ArchivedImport(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3))
            : throw new InvalidDataException($"Import {importId} is missing from the store.");
    }

    public (int RawLength, byte[] Data) Chunk(long importId, int chunk)
    {
        using var cmd = new NpgsqlCommand("SELECT raw_length, data FROM source_chunks WHERE import_id = $1 AND chunk = $2", Connection());
        cmd.Parameters.Add(new() { Value = importId });
        cmd.Parameters.Add(new() { Value = chunk });
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? (r.GetInt32(0), r.GetFieldValue<byte[]>(1))
            : throw new InvalidDataException($"Chunk {chunk} of import {importId} is missing from the store.");
    }

    public void Dispose() => _connection?.Dispose();

    private NpgsqlConnection Connection() => _connection ??= source.OpenConnection();
}
