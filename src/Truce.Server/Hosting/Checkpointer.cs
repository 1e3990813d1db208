using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Truce.Storage.Audit;
using Truce.Storage.Engines;

namespace Truce.Server.Hosting;

/// <summary>
/// Signs a checkpoint of the audit log every second while the log grows (several servers on one
/// PostgreSQL database may all run this: a checkpoint is made only when the tree grew since the last).
/// </summary>
internal sealed partial class Checkpointer(StoreAccess store, ILogger<Checkpointer> logger) : BackgroundService
{
    /// <summary>How often the tree head is signed when it grew.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(store.Db));
        using var timer = new PeriodicTimer(Interval);
        var reported = DateTimeOffset.MinValue;
        do
        {
            try
            {
                using var s = store.Open();
                s.Checkpoint(key);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A declared boundary: a failed checkpoint (database briefly unreachable, or a read-only
                // replica, where the primary's servers sign) is reported at most once a minute and retried next second.
                if (DateTimeOffset.UtcNow - reported > TimeSpan.FromMinutes(1))
                {
                    reported = DateTimeOffset.UtcNow;
                    Failed(logger, e);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Signing an audit checkpoint failed; retrying every second (reported once a minute)")]
    private static partial void Failed(ILogger logger, Exception exception);
}
