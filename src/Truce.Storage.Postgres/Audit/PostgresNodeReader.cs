using Npgsql;
using NpgsqlTypes;
using Truce.Domain.Audit;

namespace Truce.Storage.Postgres.Audit;

/// <summary>Reads stored subtree hashes in one round trip: leaves from <c>audit_entries</c>, inner nodes from <c>audit_nodes</c>.</summary>
internal sealed class PostgresNodeReader(NpgsqlDataSource? source, NpgsqlConnection? connection = null, NpgsqlTransaction? tx = null) : INodeReader
{
    public IReadOnlyDictionary<NodeId, byte[]> Read(IReadOnlyCollection<NodeId> nodes)
    {
        var found = new Dictionary<NodeId, byte[]>(nodes.Count);
        if (nodes.Count == 0)
        {
            return found;
        }

        var own = connection is null ? source!.OpenConnection() : null;
        try
        {
            using var cmd = new NpgsqlCommand("""
                SELECT 0, seq, leaf FROM audit_entries WHERE seq = ANY($1)
                UNION ALL
                SELECT n.level, n.idx, n.hash FROM audit_nodes n JOIN unnest($2::integer[], $3::bigint[]) AS w(level, idx) ON n.level = w.level AND n.idx = w.idx
                """, connection ?? own, tx);
            cmd.Parameters.Add(new() { Value = nodes.Where(n => n.Level == 0).Select(n => n.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            var inner = nodes.Where(n => n.Level > 0).ToList();
            cmd.Parameters.Add(new() { Value = inner.Select(n => n.Level).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            cmd.Parameters.Add(new() { Value = inner.Select(n => n.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                found[new NodeId(r.GetInt32(0), r.GetInt64(1))] = (byte[])r.GetValue(2);
            }

            return found;
        }
        finally
        {
            own?.Dispose();
        }
    }
}
