using System.Threading.Channels;
using Truce.Storage.Contract;

namespace Truce.Storage.Writes;

/// <summary>
/// Group commit for small audited writes from many threads (requests): one writer thread takes
/// every write waiting, runs them in one <see cref="ITruceStore.Batch"/> — one transaction, one flush
/// to disk — and only then completes their tasks. A completed task is a durable write; a write
/// that throws fails only its own task; a failed commit fails every task of the batch (nothing of
/// it was written). Throughput grows with the number of concurrent writers instead of being bound
/// by one disk flush per write.
/// </summary>
/// <remarks>Thread-safe. The store is used only by the writer thread.</remarks>
public sealed class GroupCommit : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<ITruceStore> _open;
    private readonly Task _writer;

    /// <param name="open">Opens the store the writer thread uses (called once).</param>
    /// <param name="maxBatch">The most writes one transaction takes.</param>
    public GroupCommit(Func<ITruceStore> open, int maxBatch = 1_000)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _open = open;
        MaxBatch = maxBatch;
        _writer = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The most writes one transaction takes.</summary>
    public int MaxBatch { get; }

    /// <summary>How many transactions committed so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    private long _commits;

    /// <summary>Queues <paramref name="write"/>; the task completes once it is on disk (or fails with its exception).</summary>
    public Task<T> Submit<T>(Func<ITruceStore, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var pending = new Pending<T>(write);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Task;
    }

    private async Task Run()
    {
        using var store = _open();
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                // Optimistic first: no savepoints (fewer round trips). A write that throws ends that
                // attempt, which commits nothing; the batch then runs again with each write isolated.
                try
                {
                    store.Batch(() =>
                    {
                        foreach (var pending in batch)
                        {
                            pending.Run(store, rethrow: true);
                        }
                    }, isolated: false);
                }
                catch (WriteFailedException)
                {
                    store.Batch(() =>
                    {
                        foreach (var pending in batch)
                        {
                            pending.Run(store, rethrow: false);
                        }
                    });
                }

                Interlocked.Increment(ref _commits);
                foreach (var pending in batch)
                {
                    pending.Complete();
                }
            }
            catch (Exception e)
            {
                // The commit failed: nothing of the batch was written; every write says so.
                foreach (var pending in batch)
                {
                    pending.Abort(e);
                }
            }

            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    /// <summary>A write of an optimistic batch threw: the batch is abandoned and run again, isolated.</summary>
    private sealed class WriteFailedException(Exception inner) : Exception("A write of the batch failed.", inner);

    private abstract class Pending
    {
        /// <summary>Runs the write inside the batch; its own failure is kept, and thrown on as <see cref="WriteFailedException"/> when <paramref name="rethrow"/> (no savepoint undid it: the batch must end).</summary>
        public abstract void Run(ITruceStore store, bool rethrow);

        public abstract void Complete();

        public abstract void Abort(Exception commitFailure);
    }

    private sealed class Pending<T>(Func<ITruceStore, T> write) : Pending
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _failure;

        public Task<T> Task => _done.Task;

        public override void Run(ITruceStore store, bool rethrow)
        {
            _failure = null;
            try
            {
                _result = write(store);
            }
            catch (Exception e)
            {
                _failure = e;
                if (rethrow)
                {
                    throw new WriteFailedException(e);
                }
            }
        }

        public override void Complete()
        {
            if (_failure is not null)
            {
                _done.TrySetException(_failure);
            }
            else
            {
                _done.TrySetResult(_result!);
            }
        }

        public override void Abort(Exception commitFailure) =>
            _done.TrySetException(_failure ?? new IOException("The group commit failed: this write was not stored.", commitFailure));
    }
}
