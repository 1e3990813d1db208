using Microsoft.Data.Sqlite;
using Truce.Domain.Audit;
using Truce.Domain.Events;
using Truce.Storage.Audit;
using Truce.Storage.Sqlite.Audit;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    public string Author { get; set; } = $"process:{Environment.UserName}";

    public string AuditOrigin()
    {
        using var cmd = Command("SELECT origin FROM audit_meta");
        return (string)cmd.ExecuteScalar()!;
    }

    public long AuditSize() => SqliteAuditTrail.Size(_connection, _tx);

    public IEnumerable<StoredEntry> AuditEntries(long first, long limit)
    {
        using var cmd = Command("SELECT seq, entry, leaf FROM audit_entries WHERE seq >= $f AND seq < $t ORDER BY seq");
        cmd.Parameters.AddWithValue("$f", first);
        cmd.Parameters.AddWithValue("$t", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEntry(r.GetInt64(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2));
        }
    }

    public INodeReader AuditNodes() => new SqliteNodeReader(_connection, _tx);

    public IEnumerable<KeyValuePair<NodeId, byte[]>> AuditInnerNodes()
    {
        using var cmd = Command("SELECT level, idx, hash FROM audit_nodes ORDER BY level, idx");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return KeyValuePair.Create(new NodeId(r.GetInt32(0), r.GetInt64(1)), (byte[])r.GetValue(2));
        }
    }

    public AuditEntry Audit(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return InTransaction(() => AppendAuditAs(Author, Now(), record));
    }

    public SignedCheckpoint? Checkpoint(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var tx = _connection.BeginTransaction(deferred: false);
        _tx = tx;
        try
        {
            var size = AuditSize();
            using (var last = Command("SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1"))
            {
                if (last.ExecuteScalar() is string note && SignedCheckpoint.Parse(note) is var previous && previous.Checkpoint.Size >= size)
                {
                    return previous;
                }
            }

            var now = _time.GetUtcNow();
            var head = new Checkpoint(AuditOrigin(), size, MerkleProofs.Root(size, AuditNodes()), now);
            var signed = SignedCheckpoint.Sign(head, key.Key, key.Name);
            using (var insert = Command("INSERT INTO audit_checkpoints (size, root, note, made_at) VALUES ($s, $r, $n, $t)"))
            {
                insert.Parameters.AddWithValue("$s", size);
                insert.Parameters.AddWithValue("$r", head.Root);
                insert.Parameters.AddWithValue("$n", signed.Text());
                insert.Parameters.AddWithValue("$t", now.ToUnixTimeMilliseconds());
                insert.ExecuteNonQuery();
            }

            using (var publicKey = Command("INSERT OR IGNORE INTO audit_keys (name, public_key, added_at) VALUES ($n, $k, $t)"))
            {
                publicKey.Parameters.AddWithValue("$n", key.Name);
                publicKey.Parameters.AddWithValue("$k", key.Key.ExportSubjectPublicKeyInfo());
                publicKey.Parameters.AddWithValue("$t", now.ToUnixTimeMilliseconds());
                publicKey.ExecuteNonQuery();
            }

            tx.Commit();
            return signed;
        }
        finally
        {
            _tx = null;
        }
    }

    public IReadOnlyList<string> AuditCheckpoints()
    {
        using var cmd = Command("SELECT note FROM audit_checkpoints ORDER BY size");
        using var r = cmd.ExecuteReader();
        var notes = new List<string>();
        while (r.Read())
        {
            notes.Add(r.GetString(0));
        }

        return notes;
    }

    public IReadOnlyList<KeyValuePair<string, byte[]>> AuditKeys()
    {
        using var cmd = Command("SELECT name, public_key FROM audit_keys ORDER BY added_at");
        using var r = cmd.ExecuteReader();
        var keys = new List<KeyValuePair<string, byte[]>>();
        while (r.Read())
        {
            keys.Add(KeyValuePair.Create(r.GetString(0), (byte[])r.GetValue(1)));
        }

        return keys;
    }

    public IEnumerable<AuditClaim> AuditClaims()
    {
        var digests = ImportRevisionDigests();
        var boundaries = new Dictionary<long, long>();
        using (var cmd = Command("SELECT import_id, count(*) FROM boundaries GROUP BY import_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                boundaries[r.GetInt64(0)] = r.GetInt64(1);
            }
        }

        var claims = new List<AuditClaim>();
        using (var cmd = Command("SELECT id, sha256 FROM imports ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt64(0);
                var sha = r.IsDBNull(1) ? null : r.GetString(1);
                claims.Add(boundaries.TryGetValue(id, out var count)
                    ? AuditRecords.Boundaries(id, sha, count)
                    : AuditRecords.Events(id, sha, digests.GetValueOrDefault(id)));
            }
        }

        using (var cmd = Command("SELECT kind, name, sha256 FROM reference_files ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.ReferenceClaim(r.GetString(0), r.GetString(1), r.GetString(2)));
            }
        }

        using (var cmd = Command("SELECT id, inputs_sha256, events, verdicts FROM adjudications ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.RunClaim(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
            }
        }

        EvidenceClaims(claims);
        AccessClaims(claims);
        SiteClaims(claims);
        return claims;
    }

    private Dictionary<long, (long Count, string? Sha256)> ImportRevisionDigests() => RevisionDigest.ByImport(StoredRevisions());

    private IEnumerable<(long, EventDataset, int, UInt128)> StoredRevisions()
    {
        using var cmd = Command("SELECT import_id, dataset, revision, content_hash FROM events ORDER BY import_id, rev_id");
        using var r = cmd.ExecuteReader();
        var hash = new byte[16];
        while (r.Read())
        {
            r.GetBytes(3, 0, hash, 0, 16);
            yield return (r.GetInt64(0), (EventDataset)r.GetInt32(1), r.GetInt32(2), System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(hash));
        }
    }

    private void AppendAudit(SqliteTransaction tx, long nowMs, params IEnumerable<AuditRecord> records)
    {
        var trail = new SqliteAuditTrail(_connection, tx);
        foreach (var record in records)
        {
            trail.Append(record, Author, DateTimeOffset.FromUnixTimeMilliseconds(nowMs));
        }
    }

    /// <summary>Records the writes of a database made before it had a log, once, as the log's first entries.</summary>
    private void BackfillAudit()
    {
        if (AuditSize() > 0)
        {
            return;
        }

        var claims = AuditClaims().ToList();
        if (claims.Count == 0)
        {
            return;
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        if (SqliteAuditTrail.Size(_connection, tx) == 0)
        {
            AppendAudit(tx, Now(), claims.Select(AuditRecords.Backfill));
            tx.Commit();
        }
    }
}
