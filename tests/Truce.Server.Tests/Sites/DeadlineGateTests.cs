using System.Diagnostics;
using Truce.Server.Sites;

namespace Truce.Server.Tests.Sites;

/// <summary>
/// The gate releases a check at its deadline and not before its log write is done: a write that
/// ends after the deadline moves the answer to the next quantum, a failed one is seen at the
/// deadline, and a batch waits its longer deadline.
/// </summary>
public sealed class DeadlineGateTests : IDisposable
{
    // Long enough that the gate's 1 ms tick and a loaded machine cannot blur the steps.
    private static readonly CheckTiming Timing = new(TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200));

    private readonly DeadlineGate _gate = new(TimeProvider.System, Timing);

    [Fact]
    public async Task A_check_whose_write_is_done_is_released_at_its_deadline_not_before()
    {
        var started = Stopwatch.GetTimestamp();
        await _gate.At(started, 1, Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 60, 255);
    }

    [Fact]
    public async Task A_batch_waits_for_the_deadline_of_its_size()
    {
        var started = Stopwatch.GetTimestamp();
        await _gate.At(started, 4, Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 120, 315); // 60 ms + 3 × 20 ms
    }

    [Fact]
    public async Task A_write_that_ends_after_the_deadline_moves_the_answer_to_the_next_quantum()
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Stopwatch.GetTimestamp();
        var released = _gate.At(started, 1, written.Task);
        await Task.Delay(90, TestContext.Current.CancellationToken);
        Assert.False(released.IsCompleted, "released before its write was done");
        written.SetResult();
        await released.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 260, 455); // 60 ms + one 200 ms quantum
    }

    [Fact]
    public async Task A_failed_write_is_released_at_the_deadline_and_its_failure_is_the_callers_to_see()
    {
        var started = Stopwatch.GetTimestamp();
        var failed = Task.FromException(new IOException("disk full"));
        await _gate.At(started, 1, failed).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.InRange(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 60, 255);
        await Assert.ThrowsAsync<IOException>(() => failed);
    }

    [Fact]
    public async Task Many_checks_due_at_once_are_all_released()
    {
        var started = Stopwatch.GetTimestamp();
        var released = Enumerable.Range(0, 1_000).Select(i => _gate.At(started, 1 + (i % 3 == 0 ? 1 : 0), Task.CompletedTask)).ToArray();
        await Task.WhenAll(released).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(Stopwatch.GetElapsedTime(started).TotalMilliseconds >= 80, "a two-target check was released before its deadline");
    }

    public void Dispose() => _gate.Dispose();
}
