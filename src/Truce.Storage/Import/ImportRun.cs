using System.Runtime.ExceptionServices;

namespace Truce.Storage.Import;

/// <summary>Joins the reading thread after the writer is done or has failed, surfacing the first error.</summary>
internal static class ImportRun
{
    /// <summary>
    /// Consumes <paramref name="work"/> with <paramref name="write"/>. If the writer fails, the
    /// reader is cancelled and its queue drained; if the reader failed, its error is rethrown.
    /// </summary>
    public static void Consume(Task reading, IEnumerable<ImportWork> work, CancellationTokenSource cancel, Action<ImportWork> write)
    {
        try
        {
            foreach (var item in work)
            {
                write(item);
            }
        }
        catch
        {
            cancel.Cancel();
            foreach (var _ in work)
            {
                // Drain so that a reader blocked on a full queue can see the cancellation and end.
            }

            try
            {
                reading.Wait();
            }
            catch (AggregateException)
            {
                // The writer's error is the one to report; the reader only stopped because of it.
            }

            throw;
        }

        try
        {
            reading.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
        }
    }
}
