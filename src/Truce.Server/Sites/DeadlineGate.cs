namespace Truce.Server.Sites;

/// <summary>
/// Releases answers at their deadlines on one clock: a thread wakes about every millisecond and
/// releases every answer whose deadline has passed and whose log write has completed. An answer
/// thus leaves at the first tick after its deadline, whatever happened before the deadline —
/// unlike a delay per request, whose length (rounded to the timer's millisecond) would still depend
/// on how long the work took.
/// </summary>
/// <remarks>
/// The gate also waits for the check's log write, so a request is resumed once, not once for the
/// write and again for the deadline (each resumption is a thread-pool hop: 7–9 µs of CPU a check,
/// measured in bench/README.md). The answers of single checks due at one tick are released by a
/// few thread-pool work items that resume them in turn, instead of one work item each; a batch's
/// answer, whose serialising may take long, is resumed by a work item of its own. Thread-safe. The
/// waiting is done by one background thread, not by the requests.
/// </remarks>
public sealed class DeadlineGate : IDisposable
{
    private const int MinChunk = 8;

    private readonly PriorityQueue<Waiter, long> _waiting = new();
    private readonly List<Waiter> _writing = []; // past their deadline, their write not yet done; ticker thread only
    private readonly Lock _gate = new();
    private readonly Thread _ticker;
    private readonly TimeProvider _clock;
    private readonly CheckTiming _timing;
    private volatile bool _stopped;

    /// <summary>Starts the ticking thread.</summary>
    /// <param name="clock">Whose timestamps the deadlines are.</param>
    /// <param name="timing">When an answer is due, given the request's size and how long its work took.</param>
    public DeadlineGate(TimeProvider clock, CheckTiming timing)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(timing);
        _clock = clock;
        _timing = timing;
        _ticker = new Thread(Tick) { IsBackground = true, Name = "truce-deadline-gate" };
        _ticker.Start();
    }

    /// <summary>
    /// A task that completes at the first tick at or after the deadline of a request of
    /// <paramref name="targets"/> targets that arrived at <paramref name="started"/> (a timestamp
    /// of the gate's clock), once <paramref name="written"/> has completed. When the write ends
    /// after the request's deadline, the deadline is the one <see cref="CheckTiming"/> gives for
    /// the time it took (the next quantum); a write that fails releases the request at its
    /// deadline, and the caller sees the failure when it awaits <paramref name="written"/>.
    /// </summary>
    public Task At(long started, int targets, Task written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var waiter = new Waiter(started, targets, written);
        var deadline = started + Ticks(_timing.Deadline(targets, TimeSpan.Zero));
        lock (_gate)
        {
            _waiting.Enqueue(waiter, deadline);
        }

        return waiter.Done.Task;
    }

    public void Dispose()
    {
        _stopped = true;
        _ticker.Join();
        lock (_gate)
        {
            while (_waiting.TryDequeue(out var waiter, out _))
            {
                waiter.Done.TrySetResult();
            }
        }

        _writing.ForEach(w => w.Done.TrySetResult());
        _writing.Clear();
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _clock.TimestampFrequency);

    private void Tick()
    {
        var due = new List<Waiter>();
        var late = new List<(Waiter Waiter, long Deadline)>();
        while (!_stopped)
        {
            Thread.Sleep(1);
            var now = _clock.GetTimestamp();
            lock (_gate)
            {
                while (_waiting.TryPeek(out var waiter, out var deadline) && deadline <= now)
                {
                    _waiting.Dequeue();
                    (waiter.Written.IsCompleted ? due : _writing).Add(waiter);
                }

                // A write that ended after its deadline: due at the quantum after the time it took.
                for (var i = _writing.Count - 1; i >= 0; i--)
                {
                    var waiter = _writing[i];
                    if (!waiter.Written.IsCompleted)
                    {
                        continue;
                    }

                    _writing.RemoveAt(i);
                    var deadline = waiter.Started + Ticks(_timing.Deadline(waiter.Targets, _clock.GetElapsedTime(waiter.Started, now)));
                    if (deadline <= now || waiter.Written.Status != TaskStatus.RanToCompletion)
                    {
                        due.Add(waiter);
                    }
                    else
                    {
                        late.Add((waiter, deadline));
                    }
                }

                late.ForEach(l => _waiting.Enqueue(l.Waiter, l.Deadline));
                late.Clear();
            }

            Release(due);
            due.Clear();
        }
    }

    /// <summary>Resumes the due requests: single checks in a few chunks, one per core at most, each resumed in turn; batches one by one.</summary>
    private static void Release(List<Waiter> due)
    {
        if (due.Count == 0)
        {
            return;
        }

        var singles = new List<Waiter>(due.Count);
        foreach (var waiter in due)
        {
            if (waiter.Targets == 1)
            {
                singles.Add(waiter);
            }
            else
            {
                ThreadPool.UnsafeQueueUserWorkItem(static w => w.Done.TrySetResult(), waiter, preferLocal: false);
            }
        }

        var chunks = Math.Clamp(singles.Count / MinChunk, 1, Environment.ProcessorCount);
        var size = (singles.Count + chunks - 1) / chunks;
        for (var start = 0; start < singles.Count; start += size)
        {
            var chunk = singles.GetRange(start, Math.Min(size, singles.Count - start));
            ThreadPool.UnsafeQueueUserWorkItem(static c => c.ForEach(w => w.Done.TrySetResult()), chunk, preferLocal: false);
        }
    }

    /// <summary>A request waiting: its completion runs its continuation inline, on the work item that releases it.</summary>
    private sealed class Waiter(long started, int targets, Task written)
    {
        public long Started { get; } = started;

        public int Targets { get; } = targets;

        public Task Written { get; } = written;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.None);
    }
}
