using Microsoft.Extensions.DependencyInjection;
using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Server.Hosting;
using Truce.Storage.Audit;
using Truce.Storage.Engines;
using Truce.Storage.Sites;

namespace Truce.Server.Sites;

/// <summary>The server's deconfliction services: indexes, budgets, the probing detector, the check log and the checker.</summary>
internal static class SiteServices
{
    public static void Add(IServiceCollection services, StoreAccess store, ServerOptions options)
    {
        services.AddSingleton(_ =>
        {
            using var key = AuditKey.LoadOrCreate(Databases.AuditKeyPath(store.Db));
            var indexes = new SiteIndexes(new ProtectionBuffer(SiteBufferKey.From(key)));
            using var s = store.Open();
            indexes.Refresh(s);
            return indexes;
        });
        services.AddSingleton(p => new CheckBudgets(store, p.GetRequiredService<TimeProvider>()));
        services.AddSingleton(p =>
        {
            var clock = p.GetRequiredService<TimeProvider>();
            var detector = new ProbeDetector(options.Probing ?? new ProbeDetectorOptions(), clock);

            // The detector's memory does not survive a restart: throttles that still hold are restored from the stored alerts.
            using var s = store.Open();
            foreach (var alert in s.Alerts().Where(a => a.ThrottledUntil > clock.GetUtcNow()).OrderBy(a => a.ThrottledUntil))
            {
                detector.Throttle(alert.Principal, alert.ThrottledUntil!.Value);
            }

            return detector;
        });
        services.AddSingleton(_ => new CheckLog(store.Open));
        services.AddSingleton(options.CheckTiming ?? CheckTiming.Default);
        services.AddSingleton(p => new DeadlineGate(p.GetRequiredService<TimeProvider>(), p.GetRequiredService<CheckTiming>()));
        services.AddSingleton<StrikeChecker>();
        services.AddSingleton<Apis.Sites.CheckJson>();
        services.AddHostedService<SiteRefresher>();
    }
}
