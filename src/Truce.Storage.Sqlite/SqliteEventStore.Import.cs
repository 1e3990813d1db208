using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Geo.Admin;
using Truce.Storage.Audit;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Events;
using Truce.Storage.Sqlite.Native;
using Truce.Storage.Sqlite.Schema;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// Rows per insert statement in an import; a batch's remainder is inserted row by row (of the
    /// pipeline's batches of 512, only a file's last one can have one). 32 rather than 16 since the
    /// inserts need no statement journal (<see cref="EventColumns.InsertRows"/>): CPU −0.07 to −0.11 s
    /// for 1M rows; 64 no better (bench/README.md, session 13).
    /// </summary>
    internal const int RowsPerInsert = 32;

    public ImportReceipt ImportEvents(Stream input, ImportSource source, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var incoming = input.CanSeek ? input.Length : 0;
        var bulk = BulkLoad.ShouldDefer(CountCurrent(), incoming);
        var rollbackJournal = bulk && BulkLoad.TryRollbackJournal(_connection);
        if (bulk)
        {
            BulkLoad.ForeignKeys(_connection, enforce: false);
        }

        try
        {
            return ImportEvents(input, source, options, bulk, watch, cancellationToken);
        }
        finally
        {
            if (bulk)
            {
                BulkLoad.ForeignKeys(_connection, enforce: true);
            }

            if (rollbackJournal)
            {
                _ = BulkLoad.RestoreWal(_connection);
            }
        }
    }

    private ImportReceipt ImportEvents(Stream input, ImportSource source, ImportOptions options, bool deferIndexes, Stopwatch watch, CancellationToken cancellationToken)
    {
        var now = Now();
        using var tx = _connection.BeginTransaction(deferred: false);

        // Read under the write lock: a boundary import committed while this one waited re-assigned
        // only the events before it, so these must be placed with the boundaries it left.
        IReadOnlyList<AdminBoundary> boundaries;
        _tx = tx;
        try
        {
            boundaries = Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3);
        }
        finally
        {
            _tx = null;
        }

        var importId = InsertImport(tx, source, now);
        var known = EventReaders.Datasets(source.Format).ToDictionary(d => d, d => LoadKnown(tx, d, input.CanSeek ? input.Length : 0));
        // A bulk load takes the file's SHA-256 in a second read, while the indexes are built (SourceDigest).
        using var pipeline = new ImportPipeline(source, options, () => new AdminLookup(boundaries), known, digestLater: deferIndexes && input.CanSeek);
        if (deferIndexes)
        {
            BulkLoad.DropIndexes(_connection, tx);
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long added = 0, revised = 0, assigned = 0;
        using var revisions = new RevisionDigest();

        // A bulk load writes a few hundred megabytes, then its indexes: have the kernel write them
        // out as they come (Writeback), so that the commit's fsync finds little left to write.
        using var writeback = deferIndexes ? Writeback.Start(Path, Writeback.Period) : null;
        using (var labels = new LabelCache(_connection, tx))
        using (var insert = new RawStatement(_connection.Handle!, EventColumns.InsertSql))
        using (var insertMany = new RawStatement(_connection.Handle!, EventColumns.InsertRows(RowsPerInsert)))
        using (var supersede = new RawStatement(_connection.Handle!, "UPDATE events SET superseded_at = ?1 WHERE rev_id = ?2"))
        using (var chunks = new RawStatement(_connection.Handle!, "INSERT INTO source_chunks (import_id, chunk, raw_length, data) VALUES (?1, ?2, ?3, ?4)"))
        {
            // What the writer records of each staged revision, in file order: the revision it supersedes, counts, P-codes.
            AdminCodes Stage(in StagedEvent staged)
            {
                if (staged.SupersedesRevisionId != 0)
                {
                    supersede.Int(1, now);
                    supersede.Int(2, staged.SupersedesRevisionId);
                    supersede.Execute();
                    revised++;
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

                revisions.Add(staged.Event.Dataset, staged.Revision, staged.Hash);
                return admin;
            }

            var (reading, work) = pipeline.Start(input, cancel.Token);
            ImportRun.Consume(reading, work, cancel, item =>
            {
                if (item.Chunk is { } compressed)
                {
                    chunks.Int(1, importId);
                    chunks.Int(2, item.ChunkIndex);
                    chunks.Int(3, item.RawLength);
                    chunks.Blob(4, compressed.AsSpan(0, item.CompressedLength));
                    chunks.Execute();
                    ArrayPool<byte>.Shared.Return(compressed);
                    return;
                }

                // Rows go in by statements of RowsPerInsert rows (one statement start, cursor
                // open and seek to the table's end for each group instead of each row); the
                // batch's remainder, if any, one by one.
                var events = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(item.Events!);
                var i = 0;
                for (; i + RowsPerInsert <= events.Length; i += RowsPerInsert)
                {
                    for (var r = 0; r < RowsPerInsert; r++)
                    {
                        EventBinder.Bind(insertMany, r, events[i + r], Stage(events[i + r]), now, importId, labels);
                    }

                    insertMany.Execute();
                }

                for (; i < events.Length; i++)
                {
                    EventBinder.Bind(insert, 0, events[i], Stage(events[i]), now, importId, labels);
                    insert.Execute();
                }
            });
        }

        pipeline.StartSecondRead(input, cancellationToken);
        if (added + revised == 0)
        {
            // Nothing new: keep no second copy of the file and no import row. The store is as before.
            tx.Rollback();
            return new ImportReceipt(0, pipeline.Read, 0, 0, pipeline.Unchanged, pipeline.Rejected, 0, pipeline.Digest(),
                pipeline.Warnings, pipeline.WarningCount, watch.Elapsed);
        }

        if (deferIndexes)
        {
            // With the second read taking the digest on the other core, the sorter keeps to this one.
            BulkLoad.CreateIndexes(_connection, tx, helperThreads: !pipeline.ReadingAgain);
        }

        writeback?.Dispose();
        var digest = pipeline.Digest();

        using (var done = Command("""
            UPDATE imports SET sha256 = $sha, bytes = $bytes, header_length = $header, chunk_size = $chunk, rows_read = $read, added = $added,
              revised = $revised, unchanged = $unchanged, rejected = $rejected WHERE id = $id
            """))
        {
            done.Transaction = tx;
            done.Parameters.AddWithValue("$sha", digest);
            done.Parameters.AddWithValue("$bytes", pipeline.Bytes);
            done.Parameters.AddWithValue("$header", pipeline.HeaderLength);
            done.Parameters.AddWithValue("$chunk", SourceArchive.ChunkSize);
            done.Parameters.AddWithValue("$read", pipeline.Read);
            done.Parameters.AddWithValue("$added", added);
            done.Parameters.AddWithValue("$revised", revised);
            done.Parameters.AddWithValue("$unchanged", pipeline.Unchanged);
            done.Parameters.AddWithValue("$rejected", pipeline.Rejected);
            done.Parameters.AddWithValue("$id", importId);
            done.ExecuteNonQuery();
        }

        AppendAudit(tx, now, AuditRecords.EventsImport(importId, digest, source.File, FormatDetector.Name(source.Format), added, revised, revisions.Count, revisions.Finish()));
        tx.Commit();
        return new ImportReceipt(importId, pipeline.Read, added, revised, pipeline.Unchanged, pipeline.Rejected, assigned, digest,
            pipeline.Warnings, pipeline.WarningCount, watch.Elapsed);
    }

    private RevisionMap LoadKnown(SqliteTransaction tx, EventDataset dataset, long incomingBytes)
    {
        // Sized for what is stored plus what the file may add (~400 bytes a record), so the map
        // does not grow mid-import unless the rows are unusually short: growing a million-entry table is a large-object churn.
        var stored = Count(tx, dataset);
        var known = new RevisionMap(stored + (incomingBytes / 400));
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT source_id, rev_id, revision, content_hash FROM events WHERE dataset = $d AND superseded_at IS NULL";
        cmd.Parameters.AddWithValue("$d", (int)dataset);
        using var r = cmd.ExecuteReader();
        var hash = new byte[16];
        while (r.Read())
        {
            r.GetBytes(3, 0, hash, 0, 16);
            known[RevisionPlanner.Key(r.GetString(0))] = new KnownRecord
            {
                RevisionId = r.GetInt64(1),
                Revision = r.GetInt32(2),
                Hash = BinaryPrimitives.ReadUInt128BigEndian(hash),
            };
        }

        return known;
    }

    private long CountCurrent()
    {
        using var cmd = Command("SELECT count(*) FROM events WHERE superseded_at IS NULL");
        return (long)cmd.ExecuteScalar()!;
    }

    private long Count(SqliteTransaction tx, EventDataset dataset)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT count(*) FROM events WHERE dataset = $d AND superseded_at IS NULL";
        cmd.Parameters.AddWithValue("$d", (int)dataset);
        return (long)cmd.ExecuteScalar()!;
    }
}
