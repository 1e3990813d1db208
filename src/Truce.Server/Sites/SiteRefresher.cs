using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Truce.Server.Hosting;

namespace Truce.Server.Sites;

/// <summary>
/// Every second, picks up sites and budgets written by anyone (the CLI, another server on the same
/// PostgreSQL database): the indexes are rebuilt when the sites changed.
/// </summary>
internal sealed partial class SiteRefresher(StoreAccess store, SiteIndexes indexes, CheckBudgets budgets, ILogger<SiteRefresher> logger) : BackgroundService
{
    /// <summary>How often the store is asked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var reported = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var s = store.Open();
                indexes.Refresh(s);
                budgets.Refresh(s.Budgets());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A declared boundary: checks go on against the last indexes; the failure is reported once a minute.
                if (DateTimeOffset.UtcNow - reported > TimeSpan.FromMinutes(1))
                {
                    reported = DateTimeOffset.UtcNow;
                    Failed(logger, e);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading protected sites or budgets failed; checks use the last ones read (reported once a minute)")]
    private static partial void Failed(ILogger logger, Exception exception);
}
