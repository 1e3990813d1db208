using System.Globalization;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;
using Truce.Storage.Audit;
using Truce.Storage.Import;
using Truce.Storage.Postgres.Events;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    public BoundaryReceipt ImportBoundaries(IReadOnlyList<AdminBoundary> boundaries, ImportSource source, string? sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(source);
        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, cancellationToken);
        var now = Now();
        var importId = InsertImport(connection, tx, source, now);
        var current = CurrentBoundaryHashes(connection, tx);
        var writer = new WKBWriter();
        int added = 0, revised = 0, unchanged = 0;
        using (var insert = Command(connection, """
            INSERT INTO boundaries (pcode, level, name, adm1, adm2, geom, content_hash, recorded_at, import_id)
            VALUES ($1, $2, $3, $4, $5, ST_GeomFromWKB($6, 4326), $7, $8, $9)
            """, tx))
        using (var supersede = Command(connection, "UPDATE boundaries SET superseded_at = $1 WHERE id = $2", tx))
        {
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

                    supersede.Parameters.Clear();
                    supersede.Parameters.Add(new() { Value = now });
                    supersede.Parameters.Add(new() { Value = existing.Id });
                    supersede.ExecuteNonQuery();
                    revised++;
                }
                else
                {
                    added++;
                }

                insert.Parameters.Clear();
                insert.Parameters.Add(new() { Value = b.Pcode });
                insert.Parameters.Add(new() { Value = (short)b.Level });
                insert.Parameters.Add(new() { Value = b.Name });
                insert.Parameters.Add(new() { Value = (object?)b.Admin1Pcode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                insert.Parameters.Add(new() { Value = (object?)b.Admin2Pcode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                insert.Parameters.Add(new() { Value = wkb, NpgsqlDbType = NpgsqlDbType.Bytea });
                insert.Parameters.Add(new() { Value = EventCopy.HashGuid(hash) });
                insert.Parameters.Add(new() { Value = now });
                insert.Parameters.Add(new() { Value = importId });
                insert.ExecuteNonQuery();
            }
        }

        if (added + revised == 0)
        {
            tx.Rollback(); // nothing new: no import row either, as for events
            return new BoundaryReceipt(0, boundaries.Count, 0, 0, unchanged, 0);
        }

        using (var done = Command(connection, "UPDATE imports SET sha256 = $1, rows_read = $2, added = $3, revised = $4, unchanged = $5 WHERE id = $6", tx))
        {
            done.Parameters.Add(new() { Value = (object?)sha256 ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            done.Parameters.Add(new() { Value = (long)boundaries.Count });
            done.Parameters.Add(new() { Value = (long)added });
            done.Parameters.Add(new() { Value = (long)revised });
            done.Parameters.Add(new() { Value = (long)unchanged });
            done.Parameters.Add(new() { Value = importId });
            done.ExecuteNonQuery();
        }

        var reassigned = ReassignAdmin(connection, tx, cancellationToken);
        AppendAudit(connection, tx, now, AuditRecords.BoundariesImport(importId, sha256, source.File, added, revised));
        tx.Commit();
        return new BoundaryReceipt(importId, boundaries.Count, added, revised, unchanged, reassigned);
    }

    public IReadOnlyList<AdminBoundary> Boundaries(params AdminLevel[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        using var connection = _source.OpenConnection();
        return Boundaries(connection, null, levels);
    }

    private static List<AdminBoundary> Boundaries(NpgsqlConnection connection, NpgsqlTransaction? tx, AdminLevel[] levels)
    {
        var filter = levels.Length == 0 ? "" : $" AND level IN ({string.Join(",", levels.Select(l => ((int)l).ToString(CultureInfo.InvariantCulture)))})";
        using var cmd = Command(connection, $"SELECT pcode, level, name, adm1, adm2, ST_AsBinary(geom) FROM boundaries WHERE superseded_at IS NULL{filter} ORDER BY level, pcode", tx);
        using var r = cmd.ExecuteReader();
        var reader = new WKBReader(Wgs84.Factory.GeometryServices);
        var result = new List<AdminBoundary>();
        while (r.Read())
        {
            var geometry = reader.Read(r.GetFieldValue<byte[]>(5));
            geometry.SRID = Wgs84.Srid;
            result.Add(new AdminBoundary((AdminLevel)r.GetInt16(1), r.GetString(0), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), geometry));
        }

        return result;
    }

    private static Dictionary<string, (long Id, UInt128 Hash)> CurrentBoundaryHashes(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        var result = new Dictionary<string, (long, UInt128)>(StringComparer.Ordinal);
        using var cmd = Command(connection, "SELECT pcode, id, content_hash FROM boundaries WHERE superseded_at IS NULL", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetString(0)] = (r.GetInt64(1), EventCopy.Hash(r.GetGuid(2)));
        }

        return result;
    }

    /// <summary>
    /// Recomputes the P-codes of every current event from the current boundaries (derived data),
    /// in process: the same point-in-polygon index as the SQLite store and as imports use.
    /// </summary>
    private static long ReassignAdmin(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        var lookup = new AdminLookup(Boundaries(connection, tx, [AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3]));
        var ids = new List<long>();
        var codes = (new List<string?>(), new List<string?>(), new List<string?>());
        using (var cmd = Command(connection, "SELECT rev_id, dataset, geo_prec, ST_Y(geom), ST_X(geom), adm1, adm2, adm3 FROM events WHERE superseded_at IS NULL", tx))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var admin = r.IsDBNull(3)
                    ? AdminCodes.None
                    : lookup.Assign(r.GetDouble(4), r.GetDouble(3), Precision.SupportedAdminLevel((EventDataset)r.GetInt16(1), r.GetInt16(2)));
                var old = new AdminCodes(r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));
                if (admin != old)
                {
                    ids.Add(r.GetInt64(0));
                    codes.Item1.Add(admin.Admin1);
                    codes.Item2.Add(admin.Admin2);
                    codes.Item3.Add(admin.Admin3);
                }
            }
        }

        if (ids.Count > 0)
        {
            using var update = Command(connection, """
                UPDATE events e SET adm1 = u.a1, adm2 = u.a2, adm3 = u.a3
                FROM unnest($1, $2, $3, $4) AS u(id, a1, a2, a3) WHERE e.rev_id = u.id
                """, tx);
            update.Parameters.Add(new() { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            update.Parameters.Add(new() { Value = codes.Item1.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.Parameters.Add(new() { Value = codes.Item2.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.Parameters.Add(new() { Value = codes.Item3.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            update.ExecuteNonQuery();
        }

        return ids.Count;
    }
}
