using Npgsql;
using Truce.Storage.Audit;
using Truce.Storage.Postgres.Audit;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string WriteSavepoint = "write";

    /// <summary>The open batch: its connection, transaction and log appender (whose frontier stays in memory).</summary>
    private Batched? _batch;

    public void Batch(Action writes, bool isolated = true)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (_batch is not null)
        {
            throw new InvalidOperationException("A batch cannot start inside another batch.");
        }

        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        _batch = new Batched(connection, tx, new PostgresAuditTrail(connection, tx, deferred: !isolated), isolated);
        try
        {
            writes();
            _batch.Trail.Flush();
            tx.Commit();
        }
        finally
        {
            _batch = null;
        }
    }

    /// <summary>
    /// Runs one small write in one transaction under <see cref="WriteLock"/>, as every write of this
    /// store does — or, inside <see cref="Batch"/>, under a savepoint of the batch's transaction: a
    /// write that fails is undone alone.
    /// </summary>
    private T InTransaction<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> write)
    {
        if (_batch is { Isolated: false } optimistic)
        {
            return write(optimistic.Connection, optimistic.Tx);
        }

        if (_batch is { } batch)
        {
            batch.Tx.Save(WriteSavepoint);
            try
            {
                var result = write(batch.Connection, batch.Tx);
                batch.Tx.Release(WriteSavepoint);
                return result;
            }
            catch
            {
                batch.Tx.Rollback(WriteSavepoint);
                batch.Tx.Release(WriteSavepoint);
                batch.Trail = new PostgresAuditTrail(batch.Connection, batch.Tx); // its frontier may hold the undone entry
                throw;
            }
        }

        using var connection = _source.OpenConnection();
        using var tx = connection.BeginTransaction();
        LockWrites(connection, tx, CancellationToken.None);
        var done = write(connection, tx);
        tx.Commit();
        return done;
    }

    /// <summary>Appends an entry inside the open write (see <see cref="InTransaction"/>).</summary>
    private AuditEntry AppendAuditAs(NpgsqlConnection connection, NpgsqlTransaction tx, string author, DateTimeOffset now, AuditRecord record) =>
        (_batch?.Trail ?? new PostgresAuditTrail(connection, tx)).Append([record], author, now)[0];

    private sealed class Batched(NpgsqlConnection connection, NpgsqlTransaction tx, PostgresAuditTrail trail, bool isolated)
    {
        public bool Isolated { get; } = isolated;

        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Tx { get; } = tx;

        public PostgresAuditTrail Trail { get; set; } = trail;
    }
}
