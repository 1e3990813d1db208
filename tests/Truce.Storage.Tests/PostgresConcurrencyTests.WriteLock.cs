using Npgsql;
using Truce.Formats.Detection;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Postgres;

namespace Truce.Storage.Tests;

public sealed partial class PostgresConcurrencyTests
{
    private static readonly TimeSpan Held = TimeSpan.FromSeconds(4);

    /// <summary>
    /// A writer that takes the write lock, as every store write does, and holds it for
    /// <see cref="Held"/>; <paramref name="locked"/> is set once it holds it.
    /// </summary>
    private Func<CancellationToken, long> LongWrite(ManualResetEventSlim locked) => _ =>
    {
        using var connection = new NpgsqlConnection(_engine.ConnectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresStore.WriteLock})", connection, tx))
        {
            take.ExecuteNonQuery();
        }

        locked.Set();
        Thread.Sleep(Held);
        tx.Commit();
        return 0;
    };

    private static ImportReceipt ImportTen(ITruceStore store, CancellationToken token) =>
        store.ImportEvents(new MemoryStream(UcdpRecords.Bundled.File(Enumerable.Range(0, 10))), new ImportSource("ten.csv", EventFileFormat.Ucdp), new ImportOptions(), token);

    [Fact]
    public void An_import_queued_behind_a_write_longer_than_the_command_timeout_waits_for_it_and_succeeds()
    {
        _engine.Open().Dispose(); // the schema, made with the default timeout
        var impatient = new NpgsqlConnectionStringBuilder(_engine.ConnectionString) { CommandTimeout = 1 }.ConnectionString;
        using var locked = new ManualResetEventSlim();
        try
        {
            var queued = (Func<CancellationToken, long>)(token =>
            {
                locked.Wait(token);
                using var store = PostgresStore.Open(impatient);
                var receipt = ImportTen(store, token);
                Assert.True(receipt.Elapsed > Held / 2, $"the import took {receipt.Elapsed}: it did not wait for the lock");
                return receipt.Added;
            });

            var (added, _) = BoundedRun.Run([LongWrite(locked), queued], [], Limit);

            Assert.Equal([0L, 10L], added);
            Assert.Equal(10, _engine.Scalar("SELECT count(*) FROM events"));
        }
        finally
        {
            PostgresStore.Release(impatient);
        }
    }

    [Fact]
    public void An_import_waiting_for_the_write_lock_can_be_cancelled_and_writes_nothing()
    {
        using var locked = new ManualResetEventSlim();
        var queued = (Func<CancellationToken, long>)(token =>
        {
            locked.Wait(token);
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(500));
            using var store = _engine.Open();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.ThrowsAny<OperationCanceledException>(() => ImportTen(store, cancel.Token));
            Assert.True(watch.Elapsed < Held / 2, $"the import cancelled after 0.5 s ended after {watch.Elapsed}, not when cancelled");
            return 0;
        });

        BoundedRun.Run([LongWrite(locked), queued], [], Limit);

        Assert.Equal(0, _engine.Scalar("SELECT count(*) FROM imports"));
        Assert.Equal(0, _engine.Scalar("SELECT count(*) FROM events"));
    }
}
