using Truce.Storage.Audit;
using Truce.Storage.Sqlite.Audit;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string WriteSavepoint = "write";

    /// <summary>The log appender of the open batch, whose frontier stays in memory from one write to the next.</summary>
    private SqliteAuditTrail? _batchTrail;

    /// <summary>Whether the open batch runs each write under a savepoint.</summary>
    private bool _isolated;

    public void Batch(Action writes, bool isolated = true)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (_tx is not null)
        {
            throw new InvalidOperationException("A batch cannot start inside another write.");
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        _tx = tx;
        _batchTrail = new SqliteAuditTrail(_connection, tx);
        _isolated = isolated;
        try
        {
            writes();
            tx.Commit();
        }
        finally
        {
            _tx = null;
            _batchTrail = null;
        }
    }

    /// <summary>
    /// Runs one small write in one IMMEDIATE transaction (everything it writes, its audit entry
    /// included, commits together or not at all) — or, inside <see cref="Batch"/>, under a savepoint
    /// of the batch's transaction: a write that fails is undone alone.
    /// </summary>
    private T InTransaction<T>(Func<T> write)
    {
        if (_batchTrail is not null && !_isolated)
        {
            return write();
        }

        if (_batchTrail is not null)
        {
            var tx = _tx!;
            tx.Save(WriteSavepoint);
            try
            {
                var result = write();
                tx.Release(WriteSavepoint);
                return result;
            }
            catch
            {
                tx.Rollback(WriteSavepoint);
                tx.Release(WriteSavepoint);
                _batchTrail = new SqliteAuditTrail(_connection, tx); // its frontier may hold the undone entry
                throw;
            }
        }

        using (var tx = _connection.BeginTransaction(deferred: false))
        {
            _tx = tx;
            try
            {
                var result = write();
                tx.Commit();
                return result;
            }
            finally
            {
                _tx = null;
            }
        }
    }

    /// <summary>Appends an entry inside the open write (see <see cref="InTransaction"/>).</summary>
    private AuditEntry AppendAuditAs(string author, long nowMs, AuditRecord record) =>
        (_batchTrail ?? new SqliteAuditTrail(_connection, _tx!)).Append(record, author, DateTimeOffset.FromUnixTimeMilliseconds(nowMs));
}
