using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;
using Truce.Storage.Audit;
using Truce.Storage.Import;
using Truce.Storage.Sqlite.Native;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public BoundaryReceipt ImportBoundaries(IReadOnlyList<AdminBoundary> boundaries, ImportSource source, string? sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(source);
        var now = Now();
        using var tx = _connection.BeginTransaction(deferred: false);
        _tx = tx;
        try
        {
            return ImportBoundaries(tx, boundaries, source, sha256, now, cancellationToken);
        }
        finally
        {
            _tx = null;
        }
    }

    private BoundaryReceipt ImportBoundaries(SqliteTransaction tx, IReadOnlyList<AdminBoundary> boundaries, ImportSource source, string? sha256, long now, CancellationToken cancellationToken)
    {
        var importId = InsertImport(tx, source, now);
        var current = CurrentBoundaryHashes(tx);
        var writer = new WKBWriter();
        int added = 0, revised = 0, unchanged = 0;
        using (var insert = new RawStatement(_connection.Handle!, """
            INSERT INTO boundaries (pcode, level, name, adm1, adm2, wkb, content_hash, recorded_at, import_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """))
        using (var supersede = new RawStatement(_connection.Handle!, "UPDATE boundaries SET superseded_at = ?1 WHERE id = ?2"))
        {
            Span<byte> hashBytes = stackalloc byte[16];
            foreach (var b in boundaries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var wkb = writer.Write(b.Geometry);
                var hash = BoundaryHash.Of(b, wkb);
                if (current.TryGetValue(b.Pcode, out var existing))
                {
                    if (existing.Hash == hash)
                    {
                        unchanged++;
                        continue;
                    }

                    supersede.Int(1, now);
                    supersede.Int(2, existing.Id);
                    supersede.Execute();
                    revised++;
                }
                else
                {
                    added++;
                }

                BinaryPrimitives.WriteUInt128BigEndian(hashBytes, hash);
                insert.Text(1, b.Pcode);
                insert.Int(2, (int)b.Level);
                insert.Text(3, b.Name);
                insert.Text(4, b.Admin1Pcode);
                insert.Text(5, b.Admin2Pcode);
                insert.Blob(6, wkb);
                insert.Blob(7, hashBytes);
                insert.Int(8, now);
                insert.Int(9, importId);
                insert.Execute();
            }
        }

        using (var done = _connection.CreateCommand())
        {
            done.Transaction = tx;
            done.CommandText = "UPDATE imports SET sha256 = $sha, rows_read = $n, added = $a, revised = $r, unchanged = $u WHERE id = $id";
            done.Parameters.AddWithValue("$sha", (object?)sha256 ?? DBNull.Value);
            done.Parameters.AddWithValue("$n", boundaries.Count);
            done.Parameters.AddWithValue("$a", added);
            done.Parameters.AddWithValue("$r", revised);
            done.Parameters.AddWithValue("$u", unchanged);
            done.Parameters.AddWithValue("$id", importId);
            done.ExecuteNonQuery();
        }

        if (added + revised == 0)
        {
            tx.Rollback(); // nothing new: no import row either, as for events
            return new BoundaryReceipt(0, boundaries.Count, 0, 0, unchanged, 0);
        }

        var reassigned = ReassignAdmin(tx, cancellationToken);
        AppendAudit(tx, now, AuditRecords.BoundariesImport(importId, sha256, source.File, added, revised));
        tx.Commit();
        return new BoundaryReceipt(importId, boundaries.Count, added, revised, unchanged, reassigned);
    }

    public IReadOnlyList<AdminBoundary> Boundaries(params AdminLevel[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var filter = levels.Length == 0 ? "" : $" AND level IN ({string.Join(",", levels.Select(l => ((int)l).ToString(CultureInfo.InvariantCulture)))})";
        using var cmd = Command($"SELECT pcode, level, name, adm1, adm2, wkb FROM boundaries WHERE superseded_at IS NULL{filter} ORDER BY level, pcode");
        using var r = cmd.ExecuteReader();
        var reader = new WKBReader(Wgs84.Factory.GeometryServices);
        var result = new List<AdminBoundary>();
        while (r.Read())
        {
            var geometry = reader.Read((byte[])r[5]);
            geometry.SRID = Wgs84.Srid;
            result.Add(new AdminBoundary((AdminLevel)r.GetInt32(1), r.GetString(0), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), geometry));
        }

        return result;
    }

    private Dictionary<string, (long Id, UInt128 Hash)> CurrentBoundaryHashes(SqliteTransaction tx)
    {
        var result = new Dictionary<string, (long, UInt128)>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT pcode, id, content_hash FROM boundaries WHERE superseded_at IS NULL";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetString(0)] = (r.GetInt64(1), BinaryPrimitives.ReadUInt128BigEndian((byte[])r[2]));
        }

        return result;
    }

    /// <summary>Recomputes the P-codes of every current event from the current boundaries (derived data).</summary>
    private long ReassignAdmin(SqliteTransaction tx, CancellationToken cancellationToken)
    {
        var lookup = new AdminLookup(Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3));
        var changes = new List<(long RevId, AdminCodes Admin)>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT rev_id, dataset, geo_prec, lat, lon, adm1, adm2, adm3 FROM events WHERE superseded_at IS NULL";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var admin = r.IsDBNull(3) || r.IsDBNull(4)
                    ? AdminCodes.None
                    : lookup.Assign(r.GetDouble(4), r.GetDouble(3), Precision.SupportedAdminLevel(DatasetOf(r.GetInt32(1)), r.GetInt32(2)));
                var old = new AdminCodes(r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));
                if (admin != old)
                {
                    changes.Add((r.GetInt64(0), admin));
                }
            }
        }

        using var update = new RawStatement(_connection.Handle!, "UPDATE events SET adm1 = ?1, adm2 = ?2, adm3 = ?3 WHERE rev_id = ?4");
        foreach (var (revId, admin) in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            update.Text(1, admin.Admin1);
            update.Text(2, admin.Admin2);
            update.Text(3, admin.Admin3);
            update.Int(4, revId);
            update.Execute();
        }

        return changes.Count;
    }
}
