using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Audit;
using Truce.Storage.Audit;

namespace Truce.Storage.Postgres.Audit;

/// <summary>
/// Appends entries to the log inside a write transaction that holds the store's write lock (so
/// no other appender runs): the entries and the perfect subtrees they complete. Immediate by
/// default (one round trip per call); <paramref name="deferred"/> keeps the rows until
/// <see cref="Flush"/>, so that a group commit writes every entry of its batch in one round trip.
/// </summary>
internal sealed class PostgresAuditTrail(NpgsqlConnection connection, NpgsqlTransaction tx, bool deferred = false)
{
    private readonly List<long> _seqs = [];
    private readonly List<byte[]> _leaves = [];
    private readonly List<byte[]> _bytes = [];
    private readonly List<int> _levels = [];
    private readonly List<long> _indexes = [];
    private readonly List<byte[]> _hashes = [];
    private MerkleFrontier? _frontier;

    public IReadOnlyList<AuditEntry> Append(IEnumerable<AuditRecord> records, string author, DateTimeOffset time)
    {
        var frontier = _frontier ??= MerkleFrontier.Restore(Size(connection, tx), new PostgresNodeReader(null, connection, tx));
        var entries = new List<AuditEntry>();
        foreach (var record in records)
        {
            var entry = new AuditEntry(frontier.Size, time, author, record);
            var data = entry.ToBytes();
            var leaf = MerkleHash.Leaf(data);
            entries.Add(entry);
            _seqs.Add(entry.Seq);
            _leaves.Add(leaf);
            _bytes.Add(data);
            frontier.Append(leaf, (id, hash) =>
            {
                _levels.Add(id.Level);
                _indexes.Add(id.Index);
                _hashes.Add(hash);
            });
        }

        if (!deferred)
        {
            Flush();
        }

        return entries;
    }

    /// <summary>Writes the entries and nodes appended since the last flush, in one round trip.</summary>
    public void Flush()
    {
        if (_seqs.Count == 0)
        {
            return;
        }

        using var batch = new NpgsqlBatch(connection, tx);
        var insert = new NpgsqlBatchCommand("INSERT INTO audit_entries (seq, leaf, entry) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[])");
        insert.Parameters.Add(new() { Value = _seqs.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insert.Parameters.Add(new() { Value = _leaves.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        insert.Parameters.Add(new() { Value = _bytes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        batch.BatchCommands.Add(insert);
        if (_levels.Count > 0)
        {
            var nodes = new NpgsqlBatchCommand("INSERT INTO audit_nodes (level, idx, hash) SELECT * FROM unnest($1::integer[], $2::bigint[], $3::bytea[])");
            nodes.Parameters.Add(new() { Value = _levels.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            nodes.Parameters.Add(new() { Value = _indexes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            nodes.Parameters.Add(new() { Value = _hashes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            batch.BatchCommands.Add(nodes);
        }

        batch.ExecuteNonQuery();
        foreach (var list in new System.Collections.IList[] { _seqs, _leaves, _bytes, _levels, _indexes, _hashes })
        {
            list.Clear();
        }
    }

    public static long Size(NpgsqlConnection connection, NpgsqlTransaction? tx)
    {
        using var cmd = new NpgsqlCommand("SELECT coalesce(max(seq) + 1, 0) FROM audit_entries", connection, tx);
        return (long)cmd.ExecuteScalar()!;
    }
}
