using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Domain.Events;
using Truce.Formats.Reading;
using Truce.Geo.Admin;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Events;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public ImportReceipt ImportEvents(IEventReader reader, ImportSource source, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var lookup = new AdminLookup(Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3));
        var now = Now();
        using var tx = _connection.BeginTransaction(deferred: false);
        var importId = InsertImport(tx, source, now);
        var planners = new Dictionary<EventDataset, RevisionPlanner>();
        var headers = new Dictionary<IReadOnlyList<string>, long>(ReferenceEqualityComparer.Instance);
        var codec = new SourceFieldsCodec();
        long read = 0, added = 0, revised = 0, unchanged = 0, rejected = 0, assigned = 0;
        using (var insert = new RawStatement(_connection.Handle!, EventColumns.InsertSql))
        using (var insertSource = new RawStatement(_connection.Handle!, "INSERT INTO event_sources (rev_id, header_id, fields) VALUES (?1, ?2, ?3)"))
        using (var supersede = new RawStatement(_connection.Handle!, "UPDATE events SET superseded_at = ?1 WHERE rev_id = ?2"))
        {
            foreach (var row in reader.ReadEvents())
            {
                read++;
                if ((read & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    options.Progress?.Report(reader.BytesRead);
                }

                if (row.Event is not { } ev)
                {
                    rejected++;
                    options.OnReject?.Invoke(row.Reject!);
                    continue;
                }

                if (!planners.TryGetValue(ev.Dataset, out var planner))
                {
                    planner = new RevisionPlanner(LoadKnown(tx, ev.Dataset));
                    planners[ev.Dataset] = planner;
                }

                var encoded = codec.Encode(ev.Original);
                var hash = SourceFieldsCodec.Hash(ev.Dataset, encoded);
                var plan = planner.Plan(ev.SourceId, hash, row.Line, out var previous);
                switch (plan)
                {
                    case RevisionPlan.Unchanged:
                        unchanged++;
                        continue;
                    case RevisionPlan.ConflictInFile:
                        var conflict = DuplicateId.Error(reader.FileName, row.Line, ev.SourceId, previous.LineInFile);
                        if (!options.SkipBadRows)
                        {
                            throw conflict;
                        }

                        rejected++;
                        options.OnReject?.Invoke(conflict);
                        continue;
                    case RevisionPlan.Revise:
                        supersede.Int(1, now);
                        supersede.Int(2, previous.RevisionId);
                        supersede.Execute();
                        revised++;
                        break;
                    default:
                        added++;
                        break;
                }

                var admin = ev.HasPoint ? lookup.Assign(ev.Longitude!.Value, ev.Latitude!.Value, ev.SupportedAdminLevel) : AdminCodes.None;
                if (admin.Admin1 is not null)
                {
                    assigned++;
                }

                EventBinder.Bind(insert, ev, plan == RevisionPlan.Revise ? previous.Revision + 1 : 1, now, importId, row.Line, hash, admin);
                insert.Execute();
                var revId = insert.LastRowId;
                planner.Written(ev.SourceId, revId);
                insertSource.Int(1, revId);
                insertSource.Int(2, HeaderId(tx, headers, ev.Original.Names));
                insertSource.Blob(3, encoded);
                insertSource.Execute();
            }
        }

        using (var done = _connection.CreateCommand())
        {
            done.Transaction = tx;
            done.CommandText = """
                UPDATE imports SET sha256 = $sha, rows_read = $read, added = $added, revised = $revised,
                  unchanged = $unchanged, rejected = $rejected WHERE id = $id
                """;
            done.Parameters.AddWithValue("$sha", (object?)source.Sha256() ?? DBNull.Value);
            done.Parameters.AddWithValue("$read", read);
            done.Parameters.AddWithValue("$added", added);
            done.Parameters.AddWithValue("$revised", revised);
            done.Parameters.AddWithValue("$unchanged", unchanged);
            done.Parameters.AddWithValue("$rejected", rejected);
            done.Parameters.AddWithValue("$id", importId);
            done.ExecuteNonQuery();
        }

        options.Progress?.Report(reader.BytesRead);
        tx.Commit();
        return new ImportReceipt(importId, read, added, revised, unchanged, rejected, assigned, watch.Elapsed);
    }

    private Dictionary<string, KnownRecord> LoadKnown(SqliteTransaction tx, EventDataset dataset)
    {
        var known = new Dictionary<string, KnownRecord>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT source_id, rev_id, revision, content_hash FROM events WHERE dataset = $d AND superseded_at IS NULL";
        cmd.Parameters.AddWithValue("$d", (int)dataset);
        using var r = cmd.ExecuteReader();
        var hash = new byte[16];
        while (r.Read())
        {
            r.GetBytes(3, 0, hash, 0, 16);
            known[r.GetString(0)] = new KnownRecord
            {
                RevisionId = r.GetInt64(1),
                Revision = r.GetInt32(2),
                Hash = BinaryPrimitives.ReadUInt128BigEndian(hash),
            };
        }

        return known;
    }

    private long HeaderId(SqliteTransaction tx, Dictionary<IReadOnlyList<string>, long> cache, IReadOnlyList<string> names)
    {
        if (cache.TryGetValue(names, out var id))
        {
            return id;
        }

        var json = SourceFieldsCodec.NamesJson(names);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO source_headers (names) VALUES ($n) ON CONFLICT (names) DO UPDATE SET names = excluded.names RETURNING id";
        cmd.Parameters.AddWithValue("$n", json);
        id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cache[names] = id;
        return id;
    }
}
