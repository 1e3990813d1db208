namespace Truce.Server.Sites;

/// <summary>
/// Releases answers at their deadlines on one clock: a thread wakes about every millisecond and
/// releases every answer whose deadline has passed. An answer thus leaves at the first tick after
/// its deadline, whatever happened before the deadline — unlike a delay per request, whose length
/// (rounded to the timer's millisecond) would still depend on how long the work took.
/// </summary>
/// <remarks>Thread-safe. The waiting is done by one background thread, not by the requests.</remarks>
public sealed class DeadlineGate : IDisposable
{
    private readonly PriorityQueue<TaskCompletionSource, long> _waiting = new();
    private readonly Lock _gate = new();
    private readonly Thread _ticker;
    private readonly TimeProvider _clock;
    private volatile bool _stopped;

    /// <summary>Starts the ticking thread.</summary>
    /// <param name="clock">Whose timestamps the deadlines are.</param>
    public DeadlineGate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _ticker = new Thread(Tick) { IsBackground = true, Name = "truce-deadline-gate" };
        _ticker.Start();
    }

    /// <summary>A task that completes at the first tick at or after <paramref name="deadline"/> (a timestamp of the gate's clock).</summary>
    public Task At(long deadline)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting.Enqueue(done, deadline);
        }

        return done.Task;
    }

    public void Dispose()
    {
        _stopped = true;
        _ticker.Join();
        lock (_gate)
        {
            while (_waiting.TryDequeue(out var done, out _))
            {
                done.TrySetResult();
            }
        }
    }

    private void Tick()
    {
        var due = new List<TaskCompletionSource>();
        while (!_stopped)
        {
            Thread.Sleep(1);
            var now = _clock.GetTimestamp();
            lock (_gate)
            {
                while (_waiting.TryPeek(out var done, out var deadline) && deadline <= now)
                {
                    _waiting.Dequeue();
                    due.Add(done);
                }
            }

            foreach (var done in due)
            {
                done.TrySetResult();
            }

            due.Clear();
        }
    }
}
