using System.Buffers;
using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Geo.Admin;
using Truce.Storage.Audit;
using Truce.Storage.Import;
using Truce.Storage.Postgres.Events;
using Truce.Storage.Postgres.Schema;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    public ImportReceipt ImportEvents(Stream input, ImportSource source, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, cancellationToken);
        Execute(connection, tx, "SET LOCAL maintenance_work_mem = '512MB'");

        // Read under the write lock: boundaries imported while this import waited for it must place its events
        // (their import re-assigned only the events committed before it).
        var boundaries = Boundaries(connection, tx, [AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3]);
        var now = Now();
        var importId = InsertImport(connection, tx, source, now);
        var incoming = input.CanSeek ? input.Length : 0;
        var known = EventReaders.Datasets(source.Format).ToDictionary(d => d, d => LoadKnown(connection, tx, d, incoming));
        var defer = BulkLoad.ShouldDefer(known.Values.Sum(k => (long)k.Count), incoming);
        using var pipeline = new ImportPipeline(source, options, () => new AdminLookup(boundaries), known);
        var labels = new LabelIds(connection, tx);
        if (defer)
        {
            BulkLoad.DropIndexes(connection, tx);
        }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = new ChunkBuffer(importId);
        var superseded = new List<long>();
        long added = 0, assigned = 0;
        using var revisions = new RevisionDigest();
        var copy = new EventCopyStream(connection);
        try
        {
            var (reading, work) = pipeline.Start(input, cancel.Token);
            ImportRun.Consume(reading, work, cancel, item =>
            {
                if (item.Chunk is not null)
                {
                    if (chunks.Add(item))
                    {
                        // COPY allows no other statement on the connection: end this one, store the chunks, go on.
                        copy.End();
                        chunks.Flush(connection);
                    }

                    return;
                }

                var rows = copy.Rows();
                foreach (var staged in item.Events!)
                {
                    if (staged.SupersedesRevisionId != 0)
                    {
                        superseded.Add(staged.SupersedesRevisionId);
                    }
                    else
                    {
                        added++;
                    }

                    var admin = pipeline.Place(staged.Event);
                    if (admin.Admin1 is not null)
                    {
                        assigned++;
                    }

                    EventCopy.Write(rows, staged, admin, now, importId, labels);
                    revisions.Add(staged.Event.Dataset, staged.Revision, staged.Hash);
                }
            });
            copy.End();
            chunks.Flush(connection);
        }
        finally
        {
            copy.Dispose();
            chunks.Dispose();
        }

        var digest = pipeline.Digest();
        long revised = superseded.Count;
        if (added + revised == 0)
        {
            // Nothing new: keep no second copy of the file and no import row. The store is as before.
            tx.Rollback();
            return new ImportReceipt(0, pipeline.Read, 0, 0, pipeline.Unchanged, pipeline.Rejected, 0, digest,
                pipeline.Warnings, pipeline.WarningCount, watch.Elapsed);
        }

        labels.Save(connection, tx);
        using (var supersede = Command(connection, "UPDATE events SET superseded_at = $1 WHERE rev_id = ANY($2)", tx))
        {
            supersede.Parameters.Add(new() { Value = now });
            supersede.Parameters.Add(new() { Value = superseded.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            supersede.ExecuteNonQuery();
        }

        if (defer)
        {
            BulkLoad.CreateIndexes(connection, tx);
        }

        using (var done = Command(connection, """
            UPDATE imports SET sha256 = $1, bytes = $2, header_length = $3, chunk_size = $4, rows_read = $5, added = $6,
              revised = $7, unchanged = $8, rejected = $9 WHERE id = $10
            """, tx))
        {
            foreach (var value in new object[] { digest, pipeline.Bytes, (int)pipeline.HeaderLength, SourceArchive.ChunkSize, pipeline.Read, added, revised, pipeline.Unchanged, pipeline.Rejected, importId })
            {
                done.Parameters.Add(new() { Value = value });
            }

            done.ExecuteNonQuery();
        }

        AppendAudit(connection, tx, now, AuditRecords.EventsImport(importId, digest, source.File, FormatDetector.Name(source.Format), added, revised, revisions.Count, revisions.Finish()));
        tx.Commit();
        return new ImportReceipt(importId, pipeline.Read, added, revised, pipeline.Unchanged, pipeline.Rejected, assigned, digest,
            pipeline.Warnings, pipeline.WarningCount, watch.Elapsed);
    }

    private static RevisionMap LoadKnown(NpgsqlConnection connection, NpgsqlTransaction tx, EventDataset dataset, long incomingBytes)
    {
        long stored;
        using (var count = Command(connection, "SELECT count(*) FROM events WHERE dataset = $1 AND superseded_at IS NULL", tx))
        {
            count.Parameters.Add(new() { Value = (short)dataset });
            stored = (long)count.ExecuteScalar()!;
        }

        // Sized for what is stored plus what the file may add (~400 bytes a record), as in the SQLite store.
        var known = new RevisionMap(stored + (incomingBytes / 400));
        using var cmd = Command(connection, "SELECT source_id, rev_id, revision, content_hash FROM events WHERE dataset = $1 AND superseded_at IS NULL", tx);
        cmd.Parameters.Add(new() { Value = (short)dataset });
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            known[RevisionPlanner.Key(r.GetString(0))] = new KnownRecord
            {
                RevisionId = r.GetInt64(1),
                Revision = r.GetInt32(2),
                Hash = EventCopy.Hash(r.GetGuid(3)),
            };
        }

        return known;
    }

    /// <summary>The compressed chunks of the file being imported, held until the COPY of events can pause (at most <see cref="MaxBytes"/>).</summary>
    private sealed class ChunkBuffer(long importId) : IDisposable
    {
        private const int MaxBytes = 256 << 20;
        private readonly List<ImportWork> _held = [];
        private long _bytes;

        /// <summary>Holds a chunk; true when the buffer is full and should be flushed.</summary>
        public bool Add(ImportWork chunk)
        {
            _held.Add(chunk);
            _bytes += chunk.CompressedLength;
            return _bytes >= MaxBytes;
        }

        public void Flush(NpgsqlConnection connection)
        {
            if (_held.Count == 0)
            {
                return;
            }

            using (var copy = connection.BeginBinaryImport("COPY source_chunks (import_id, chunk, raw_length, data) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var c in _held)
                {
                    copy.StartRow();
                    copy.Write(importId, NpgsqlDbType.Bigint);
                    copy.Write(c.ChunkIndex, NpgsqlDbType.Integer);
                    copy.Write(c.RawLength, NpgsqlDbType.Integer);
                    copy.Write(new ArraySegment<byte>(c.Chunk!, 0, c.CompressedLength), NpgsqlDbType.Bytea);
                }

                copy.Complete();
            }

            Dispose();
        }

        public void Dispose()
        {
            foreach (var c in _held)
            {
                ArrayPool<byte>.Shared.Return(c.Chunk!);
            }

            _held.Clear();
            _bytes = 0;
        }
    }
}
