using System.Collections.Concurrent;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// Daily check budgets, counted in targets (a batch of n points costs n): one per principal per
/// UTC day, and one global bound per UTC day over all principals together, so that many
/// principals (sybils) cannot together ask more than the global bound.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="TryTake"/> is all-or-nothing: it takes the whole batch from both the principal's and
/// the global count, or nothing. Counts restart at 00:00 UTC by the <see cref="TimeProvider"/>
/// given. A principal's limit is read from the delegate on every call, so a change of budget takes
/// effect on the next check.
/// </para>
/// <para>
/// Thread-safe and lock-free: each count is one 64-bit word (day number and count) updated by
/// compare-and-swap. When the global take fails after the principal's succeeded, the principal's
/// is given back; a concurrent call may meanwhile have seen the larger count and been refused —
/// near a limit, refusals err on the side of refusing. Memory: one small object per principal
/// ever seen (principals are authenticated users, so few).
/// </para>
/// </remarks>
public sealed class QueryBudget
{
    private readonly Func<string, long> _perDay;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, DayCount> _counts = new(StringComparer.Ordinal);
    private readonly DayCount _global = new();

    /// <summary>A set of budgets.</summary>
    /// <param name="perDay">A principal's limit in targets per UTC day (e.g. a lookup with a <c>*</c> default); may change at run time; a negative value counts as 0.</param>
    /// <param name="globalPerDay">The limit over all principals together, targets per UTC day (≥ 0).</param>
    /// <param name="clock">The clock; <see cref="TimeProvider.System"/> in production.</param>
    /// <exception cref="ArgumentOutOfRangeException">The global limit is negative.</exception>
    public QueryBudget(Func<string, long> perDay, long globalPerDay, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(perDay);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegative(globalPerDay);
        _perDay = perDay;
        _clock = clock;
        GlobalPerDay = globalPerDay;
    }

    /// <summary>The limit over all principals together, in targets per UTC day.</summary>
    public long GlobalPerDay { get; }

    /// <summary>
    /// Takes <paramref name="targets"/> from the principal's and the global budget of the current
    /// UTC day, all or nothing.
    /// </summary>
    /// <param name="principal">Who asks, e.g. <c>user:NAME</c>.</param>
    /// <param name="targets">How many targets the check holds (≥ 0).</param>
    /// <param name="retryAt">When refused: the start of the next UTC day, or <see cref="DateTimeOffset.MaxValue"/> when the batch exceeds a whole day's limit; otherwise the current time.</param>
    /// <returns>True when the targets were taken; false when either budget would be exceeded (nothing taken).</returns>
    /// <exception cref="ArgumentException">The principal is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of targets is negative.</exception>
    public bool TryTake(string principal, long targets, out DateTimeOffset retryAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(principal);
        ArgumentOutOfRangeException.ThrowIfNegative(targets);
        var now = _clock.GetUtcNow();
        var day = now.UtcTicks / TimeSpan.TicksPerDay;
        var limit = Math.Max(0, _perDay(principal));
        if (targets > limit || targets > GlobalPerDay)
        {
            retryAt = DateTimeOffset.MaxValue;
            return false;
        }

        var count = _counts.GetOrAdd(principal, static _ => new DayCount());
        if (count.TryAdd(day, targets, limit))
        {
            if (_global.TryAdd(day, targets, GlobalPerDay))
            {
                retryAt = now;
                return true;
            }

            count.Add(day, -targets);
        }

        retryAt = new DateTimeOffset((day + 1) * TimeSpan.TicksPerDay, TimeSpan.Zero);
        return false;
    }

    /// <summary>
    /// Restores a principal's count for the current UTC day after a restart (e.g. from the check
    /// log): the principal's count becomes <paramref name="usedToday"/> and the global count grows
    /// by the difference.
    /// </summary>
    /// <exception cref="ArgumentException">The principal is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public void Seed(string principal, long usedToday)
    {
        ArgumentException.ThrowIfNullOrEmpty(principal);
        ArgumentOutOfRangeException.ThrowIfNegative(usedToday);
        var day = _clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        var previous = _counts.GetOrAdd(principal, static _ => new DayCount()).Set(day, usedToday);
        _global.Add(day, usedToday - previous);
    }

    /// <summary>Targets the principal has taken in the current UTC day.</summary>
    public long Used(string principal)
    {
        ArgumentException.ThrowIfNullOrEmpty(principal);
        var day = _clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        return _counts.TryGetValue(principal, out var count) ? count.On(day) : 0;
    }

    /// <summary>Targets taken by all principals together in the current UTC day.</summary>
    public long UsedGlobally() => _global.On(_clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay);
}
