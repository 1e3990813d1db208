using Microsoft.Data.Sqlite;
using Truce.Domain.Audit;

namespace Truce.Storage.Sqlite.Audit;

/// <summary>Reads stored subtree hashes: leaves from <c>audit_entries</c>, inner nodes from <c>audit_nodes</c>.</summary>
internal sealed class SqliteNodeReader(SqliteConnection connection, SqliteTransaction? tx) : INodeReader
{
    public IReadOnlyDictionary<NodeId, byte[]> Read(IReadOnlyCollection<NodeId> nodes)
    {
        var found = new Dictionary<NodeId, byte[]>(nodes.Count);
        if (nodes.Count == 0)
        {
            return found;
        }

        using var leaf = connection.CreateCommand();
        leaf.Transaction = tx;
        leaf.CommandText = "SELECT leaf FROM audit_entries WHERE seq = $i";
        var leafIndex = leaf.Parameters.Add("$i", SqliteType.Integer);
        using var inner = connection.CreateCommand();
        inner.Transaction = tx;
        inner.CommandText = "SELECT hash FROM audit_nodes WHERE level = $l AND idx = $i";
        var level = inner.Parameters.Add("$l", SqliteType.Integer);
        var index = inner.Parameters.Add("$i", SqliteType.Integer);
        foreach (var id in nodes)
        {
            SqliteCommand cmd;
            if (id.Level == 0)
            {
                leafIndex.Value = id.Index;
                cmd = leaf;
            }
            else
            {
                level.Value = id.Level;
                index.Value = id.Index;
                cmd = inner;
            }

            if (cmd.ExecuteScalar() is byte[] hash)
            {
                found[id] = hash;
            }
        }

        return found;
    }
}
