using System.Collections.Concurrent;
using Truce.Geo.Deconfliction;
using Truce.Server.Hosting;
using Truce.Storage.Sites;

namespace Truce.Server.Sites;

/// <summary>
/// The query budgets of issue 7 as the server applies them: the limits are data (set by the monitor,
/// <see cref="Storage.Contract.ISiteStore.SetBudget"/>, re-read every second), counted in targets
/// per UTC day per principal and for all principals together; a principal's count is restored from
/// the check log the first time it asks after a restart.
/// </summary>
/// <remarks>Thread-safe (a singleton).</remarks>
public sealed class CheckBudgets
{
    /// <summary>Targets a day for a principal without a budget of its own when none is stored for <c>*</c>.</summary>
    public const long DefaultPerDay = 10_000;

    /// <summary>Targets a day for every principal together when no <c>global</c> budget is stored.</summary>
    public const long DefaultGlobalPerDay = 1_000_000;

    private readonly StoreAccess _store;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, bool> _seeded = new(StringComparer.Ordinal);
    private volatile Dictionary<string, long> _limits;
    private volatile QueryBudget _budget;
    private long _global;

    /// <summary>Reads the stored budgets.</summary>
    public CheckBudgets(StoreAccess store, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        (_store, _clock) = (store, clock);
        using var s = store.Open();
        _limits = Limits(s.Budgets());
        _global = _limits.GetValueOrDefault("global", DefaultGlobalPerDay);
        _budget = new QueryBudget(PerDay, _global, clock);
    }

    /// <summary>The daily limit of <paramref name="principal"/>: its own, else <c>*</c>'s, else <see cref="DefaultPerDay"/>.</summary>
    public long PerDay(string principal) =>
        _limits.TryGetValue(principal, out var own) ? own : _limits.GetValueOrDefault("*", DefaultPerDay);

    /// <summary>Takes <paramref name="targets"/> from the principal's and the global budget, both or neither.</summary>
    public bool TryTake(string principal, long targets, out DateTimeOffset retryAt)
    {
        if (!_seeded.ContainsKey(principal))
        {
            Seed(principal);
        }

        return _budget.TryTake(principal, targets, out retryAt);
    }

    /// <summary>Re-reads the stored limits (the refresher calls this every second).</summary>
    public void Refresh(IReadOnlyList<CheckBudget> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _limits = Limits(stored);
        var global = _limits.GetValueOrDefault("global", DefaultGlobalPerDay);
        if (global != Interlocked.Read(ref _global))
        {
            // The global bound is fixed per QueryBudget: start a new one, counts restored from the log.
            Interlocked.Exchange(ref _global, global);
            _budget = new QueryBudget(PerDay, global, _clock);
            _seeded.Clear();
        }
    }

    private void Seed(string principal)
    {
        var now = _clock.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        using var s = _store.Open();
        var used = s.CheckedTargets(principal, midnight);
        if (_seeded.TryAdd(principal, true))
        {
            _budget.Seed(principal, used);
        }
    }

    private static Dictionary<string, long> Limits(IReadOnlyList<CheckBudget> stored) =>
        stored.ToDictionary(b => b.Principal, b => b.PerDay, StringComparer.Ordinal);
}
