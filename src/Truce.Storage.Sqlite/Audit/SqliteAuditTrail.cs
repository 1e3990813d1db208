using Microsoft.Data.Sqlite;
using Truce.Domain.Audit;
using Truce.Storage.Audit;

namespace Truce.Storage.Sqlite.Audit;

/// <summary>
/// Appends entries to the log inside a write transaction (which holds SQLite's write lock, so no
/// other appender runs): the entry, its leaf hash, and each perfect subtree it completes.
/// </summary>
internal sealed class SqliteAuditTrail(SqliteConnection connection, SqliteTransaction tx)
{
    private MerkleFrontier? _frontier;

    public AuditEntry Append(AuditRecord record, string author, DateTimeOffset time)
    {
        _frontier ??= MerkleFrontier.Restore(Size(connection, tx), new SqliteNodeReader(connection, tx));
        var entry = new AuditEntry(_frontier.Size, time, author, record);
        var bytes = entry.ToBytes();
        var leaf = MerkleHash.Leaf(bytes);
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO audit_entries (seq, leaf, entry) VALUES ($s, $l, $e)";
            insert.Parameters.AddWithValue("$s", entry.Seq);
            insert.Parameters.AddWithValue("$l", leaf);
            insert.Parameters.AddWithValue("$e", bytes);
            insert.ExecuteNonQuery();
        }

        using var node = connection.CreateCommand();
        node.Transaction = tx;
        node.CommandText = "INSERT INTO audit_nodes (level, idx, hash) VALUES ($l, $i, $h)";
        var level = node.Parameters.Add("$l", SqliteType.Integer);
        var index = node.Parameters.Add("$i", SqliteType.Integer);
        var hash = node.Parameters.Add("$h", SqliteType.Blob);
        _frontier.Append(leaf, (id, h) =>
        {
            level.Value = id.Level;
            index.Value = id.Index;
            hash.Value = h;
            node.ExecuteNonQuery();
        });
        return entry;
    }

    public static long Size(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT coalesce(max(seq) + 1, 0) FROM audit_entries";
        return (long)cmd.ExecuteScalar()!;
    }
}
