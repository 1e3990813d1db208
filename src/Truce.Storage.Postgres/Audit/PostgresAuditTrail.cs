using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Audit;
using Truce.Storage.Audit;

namespace Truce.Storage.Postgres.Audit;

/// <summary>
/// Appends entries to the log inside a write transaction that holds the store's write lock (so
/// no other appender runs): the entries and the perfect subtrees they complete, in one batch.
/// </summary>
internal sealed class PostgresAuditTrail(NpgsqlConnection connection, NpgsqlTransaction tx)
{
    private MerkleFrontier? _frontier;

    public IReadOnlyList<AuditEntry> Append(IEnumerable<AuditRecord> records, string author, DateTimeOffset time)
    {
        var frontier = _frontier ??= MerkleFrontier.Restore(Size(connection, tx), new PostgresNodeReader(null, connection, tx));
        var entries = new List<AuditEntry>();
        var seqs = new List<long>();
        var leaves = new List<byte[]>();
        var bytes = new List<byte[]>();
        var levels = new List<int>();
        var indexes = new List<long>();
        var hashes = new List<byte[]>();
        foreach (var record in records)
        {
            var entry = new AuditEntry(frontier.Size, time, author, record);
            var data = entry.ToBytes();
            var leaf = MerkleHash.Leaf(data);
            entries.Add(entry);
            seqs.Add(entry.Seq);
            leaves.Add(leaf);
            bytes.Add(data);
            frontier.Append(leaf, (id, hash) =>
            {
                levels.Add(id.Level);
                indexes.Add(id.Index);
                hashes.Add(hash);
            });
        }

        if (entries.Count == 0)
        {
            return entries;
        }

        using var batch = new NpgsqlBatch(connection, tx);
        var insert = new NpgsqlBatchCommand("INSERT INTO audit_entries (seq, leaf, entry) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[])");
        insert.Parameters.Add(new() { Value = seqs.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insert.Parameters.Add(new() { Value = leaves.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        insert.Parameters.Add(new() { Value = bytes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        batch.BatchCommands.Add(insert);
        if (levels.Count > 0)
        {
            var nodes = new NpgsqlBatchCommand("INSERT INTO audit_nodes (level, idx, hash) SELECT * FROM unnest($1::integer[], $2::bigint[], $3::bytea[])");
            nodes.Parameters.Add(new() { Value = levels.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            nodes.Parameters.Add(new() { Value = indexes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            nodes.Parameters.Add(new() { Value = hashes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            batch.BatchCommands.Add(nodes);
        }

        batch.ExecuteNonQuery();
        return entries;
    }

    public static long Size(NpgsqlConnection connection, NpgsqlTransaction? tx)
    {
        using var cmd = new NpgsqlCommand("SELECT coalesce(max(seq) + 1, 0) FROM audit_entries", connection, tx);
        return (long)cmd.ExecuteScalar()!;
    }
}
