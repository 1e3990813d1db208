using Npgsql;
using Truce.Domain.Audit;
using Truce.Domain.Events;
using Truce.Storage.Audit;
using Truce.Storage.Postgres.Audit;
using Truce.Storage.Postgres.Events;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    public string Author { get; set; } = $"process:{Environment.UserName}";

    public string AuditOrigin()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT origin FROM audit_meta");
        return (string)cmd.ExecuteScalar()!;
    }

    public long AuditSize()
    {
        using var connection = _source.OpenConnection();
        return PostgresAuditTrail.Size(connection, null);
    }

    public IEnumerable<StoredEntry> AuditEntries(long first, long limit)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT seq, entry, leaf FROM audit_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq");
        cmd.Parameters.Add(new() { Value = first });
        cmd.Parameters.Add(new() { Value = limit });
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEntry(r.GetInt64(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2));
        }
    }

    public INodeReader AuditNodes() => new PostgresNodeReader(_source);

    public IEnumerable<KeyValuePair<NodeId, byte[]>> AuditInnerNodes()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT level, idx, hash FROM audit_nodes ORDER BY level, idx");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return KeyValuePair.Create(new NodeId(r.GetInt32(0), r.GetInt64(1)), (byte[])r.GetValue(2));
        }
    }

    public AuditEntry Audit(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return InTransaction((connection, tx) => AppendAuditAs(connection, tx, Author, Now(), record));
    }

    public SignedCheckpoint? Checkpoint(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        var size = PostgresAuditTrail.Size(connection, tx);
        using (var last = Command(connection, "SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1", tx))
        {
            if (last.ExecuteScalar() is string note && SignedCheckpoint.Parse(note) is var previous && previous.Checkpoint.Size >= size)
            {
                return previous;
            }
        }

        string origin;
        using (var meta = Command(connection, "SELECT origin FROM audit_meta", tx))
        {
            origin = (string)meta.ExecuteScalar()!;
        }

        var now = Now();
        var head = new Checkpoint(origin, size, MerkleProofs.Root(size, new PostgresNodeReader(null, connection, tx)), now);
        var signed = SignedCheckpoint.Sign(head, key.Key, key.Name);
        using (var batch = new NpgsqlBatch(connection, tx))
        {
            var insert = new NpgsqlBatchCommand("INSERT INTO audit_checkpoints (size, root, note, made_at) VALUES ($1, $2, $3, $4)");
            insert.Parameters.Add(new() { Value = size });
            insert.Parameters.Add(new() { Value = head.Root });
            insert.Parameters.Add(new() { Value = signed.Text() });
            insert.Parameters.Add(new() { Value = now });
            var publicKey = new NpgsqlBatchCommand("INSERT INTO audit_keys (name, public_key, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
            publicKey.Parameters.Add(new() { Value = key.Name });
            publicKey.Parameters.Add(new() { Value = key.Key.ExportSubjectPublicKeyInfo() });
            publicKey.Parameters.Add(new() { Value = now });
            batch.BatchCommands.Add(insert);
            batch.BatchCommands.Add(publicKey);
            batch.ExecuteNonQuery();
        }

        tx.Commit();
        return signed;
    }

    public IReadOnlyList<string> AuditCheckpoints()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT note FROM audit_checkpoints ORDER BY size");
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
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT name, public_key FROM audit_keys ORDER BY added_at");
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
        using var connection = _source.OpenConnection();
        var digests = ImportRevisionDigests(connection);
        var boundaries = new Dictionary<long, long>();
        using (var cmd = Command(connection, "SELECT import_id, count(*) FROM boundaries GROUP BY import_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                boundaries[r.GetInt64(0)] = r.GetInt64(1);
            }
        }

        var claims = new List<AuditClaim>();
        using (var cmd = Command(connection, "SELECT id, sha256 FROM imports ORDER BY id"))
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

        using (var cmd = Command(connection, "SELECT kind, name, sha256 FROM reference_files ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.ReferenceClaim(r.GetString(0), r.GetString(1), r.GetString(2)));
            }
        }

        using (var cmd = Command(connection, "SELECT id, inputs_sha256, events, verdicts FROM adjudications ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.RunClaim(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
            }
        }

        EvidenceClaims(connection, claims);
        AccessClaims(connection, claims);
        SiteClaims(connection, claims);
        return claims;
    }

    private static Dictionary<long, (long Count, string? Sha256)> ImportRevisionDigests(NpgsqlConnection connection) =>
        RevisionDigest.ByImport(StoredRevisions(connection));

    private static IEnumerable<(long, EventDataset, int, UInt128)> StoredRevisions(NpgsqlConnection connection)
    {
        using var cmd = Command(connection, "SELECT import_id, dataset, revision, content_hash FROM events ORDER BY import_id, rev_id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return (r.GetInt64(0), (EventDataset)r.GetInt16(1), r.GetInt32(2), EventCopy.Hash(r.GetGuid(3)));
        }
    }

    private void AppendAudit(NpgsqlConnection connection, NpgsqlTransaction tx, DateTimeOffset now, params IEnumerable<AuditRecord> records) =>
        new PostgresAuditTrail(connection, tx).Append(records, Author, now);

    /// <summary>Records the writes of a database made before it had a log, once, as the log's first entries.</summary>
    private void BackfillAudit()
    {
        var claims = AuditClaims().ToList();
        if (claims.Count == 0)
        {
            return;
        }

        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        if (PostgresAuditTrail.Size(connection, tx) == 0)
        {
            AppendAudit(connection, tx, Now(), claims.Select(AuditRecords.Backfill));
            tx.Commit();
        }
    }
}
