namespace Truce.Storage.Tests;

/// <summary>
/// Writers and readers on threads of their own, released together by a barrier; readers repeat
/// their round until every writer has finished, then read once more. The whole run has a time
/// limit: past it the test fails (it never hangs), and an exception on any thread fails it too.
/// </summary>
internal static class BoundedRun
{
    /// <summary>Runs the writers and readers; returns what the writers returned, in their order, and how many rounds the readers read.</summary>
    public static (IReadOnlyList<T> Results, long ReaderRounds) Run<T>(
        IReadOnlyList<Func<CancellationToken, T>> writers, IReadOnlyList<Action<CancellationToken>> readers, TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        var token = timeout.Token;
        using var start = new Barrier(writers.Count + readers.Count);
        var written = writers.Select(w => Thread(() =>
        {
            start.SignalAndWait(token);
            return w(token);
        })).ToArray();
        var allWritten = Task.WhenAll(written);
        long rounds = 0;
        var reading = readers.Select(r => Thread(() =>
        {
            start.SignalAndWait(token);
            while (true)
            {
                var last = allWritten.IsCompleted;
                token.ThrowIfCancellationRequested();
                r(token);
                Interlocked.Increment(ref rounds);
                if (last)
                {
                    return 0;
                }
            }
        })).ToArray();

        // A little longer than the limit: threads that see the cancellation end by themselves.
        if (!Task.WaitAll([.. written, .. reading], limit + TimeSpan.FromSeconds(10)))
        {
            Assert.Fail($"The run did not end within {limit}: {written.Count(t => !t.IsCompleted)} writers and {reading.Count(t => !t.IsCompleted)} readers still running.");
        }

        return ([.. written.Select(t => t.Result)], rounds);
    }

    private static Task<TResult> Thread<TResult>(Func<TResult> body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
