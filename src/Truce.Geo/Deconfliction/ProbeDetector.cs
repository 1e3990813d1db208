using System.Collections.Concurrent;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// Watches each principal's answered checks for the patterns of an attempt to map protected
/// sites — site probing, boundary walking, grid scans and trilateration — and throttles a
/// principal for <see cref="ProbeDetectorOptions.ThrottleFor"/> after a finding.
/// </summary>
/// <remarks>
/// <para>
/// Per principal it keeps the last <see cref="ProbeDetectorOptions.Capacity"/> checks within
/// <see cref="ProbeDetectorOptions.Window"/> (a ring of fixed size: memory is bounded), and tests:
/// </para>
/// <list type="bullet">
/// <item><c>trilateration</c>: one centre asked with many radii and both answers (a binary search on
/// the radius), or large-radius conflicts from several well-separated centres near one site's
/// checked boundary;</item>
/// <item><c>boundary-walk</c>: successive points converging (each step 0.25–0.75 of the one before)
/// while the answer flips (a bisection);</item>
/// <item><c>site-probing</c>: many distinct checks near one site's checked boundary (where every
/// mapping attack must end up);</item>
/// <item><c>grid-scan</c>: many checks on a latitude/longitude lattice, or along one parallel or meridian.</item>
/// </list>
/// <para>
/// Cost: a check far from every boundary, clear and not aligned with the one before costs a
/// dictionary lookup, a lock, a clock read and a ring write; the scans of the ring (O(capacity))
/// run only on conflicts and checks near a boundary, and the lattice test (O(capacity · log
/// capacity)) only on checks sharing a latitude or longitude with the one before and on every
/// <see cref="ProbeDetectorOptions.AnalyseEvery"/>-th check. Nothing is allocated per check
/// except a copy of a non-empty list of site ids (and the findings).
/// </para>
/// <para>
/// One alert per episode: a finding clears the principal's history and throttles it; while
/// throttled, checks are not observed and nothing further is raised. Thread-safe: one lock per
/// principal, so different principals never contend. Memory: about 50 bytes a kept check (7 KB a
/// principal at the default capacity), for every principal seen. State lives in memory only;
/// after a restart the server restores throttles with <see cref="Throttle"/>.
/// </para>
/// </remarks>
public sealed class ProbeDetector
{
    private readonly ProbeDetectorOptions _options;
    private readonly TimeProvider _clock;
    private const int ParallelChunk = 16_384;

    private readonly ConcurrentDictionary<string, ProbeHistory> _histories = new(StringComparer.Ordinal);

    /// <summary>A detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ProbeDetector(ProbeDetectorOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        if (!(double.IsFinite(options.BandMetres) && options.BandMetres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BandMetres, "BandMetres must be finite and not negative");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.Capacity, 8, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Capacity, 4_096, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Window, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ThrottleFor, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.AnalyseEvery, 1, nameof(options));
        foreach (var threshold in (int[])[options.SiteProbingChecks, options.BoundaryWalkSteps, options.GridPoints, options.TrilaterationRadii, options.TrilaterationCentres])
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2, nameof(options));
        }
        _options = options;
        _clock = clock;
    }

    /// <summary>The thresholds in force.</summary>
    public ProbeDetectorOptions Options => _options;

    /// <summary>Observes one answered check; returns a finding when it completes a pattern (the principal is then throttled), else null.</summary>
    /// <exception cref="ArgumentException">The principal is null or empty.</exception>
    public ProbeFinding? Observe(string principal, ProbeObservation check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Observe(principal, check.Latitude, check.Longitude, check.RadiusMetres, check.Conflict, check.NearBoundarySiteIds);
    }

    /// <summary>As <see cref="Observe(string, ProbeObservation)"/>, without the record: allocates nothing when no site is near.</summary>
    /// <exception cref="ArgumentException">The principal is null or empty.</exception>
    public ProbeFinding? Observe(string principal, double latitude, double longitude, double radiusMetres, bool conflict, IReadOnlyList<string> nearBoundarySiteIds)
    {
        ArgumentNullException.ThrowIfNull(nearBoundarySiteIds);
        var history = History(principal);
        var now = _clock.GetUtcNow().UtcTicks;
        lock (history.Gate)
        {
            return history.Observe(now, latitude, longitude, radiusMetres, conflict, nearBoundarySiteIds);
        }
    }

    /// <summary>
    /// Observes a batch of point checks of one radius in order, under one lock; stops at the first
    /// finding and returns it (the rest of the batch is not observed), else null.
    /// </summary>
    /// <param name="principal">Who asked.</param>
    /// <param name="latitudes">Target latitudes, degrees.</param>
    /// <param name="longitudes">Target longitudes, degrees (as many as latitudes).</param>
    /// <param name="radiusMetres">The strike radius of every target.</param>
    /// <param name="conflicts">The answers (as many as latitudes).</param>
    /// <param name="nearBoundary">The near-boundary site ids of target i (may return the same reused list each time: it is copied when kept).</param>
    /// <exception cref="ArgumentException">The spans differ in length or the principal is empty.</exception>
    public ProbeFinding? ObserveBatch(string principal, ReadOnlySpan<double> latitudes, ReadOnlySpan<double> longitudes, double radiusMetres,
        ReadOnlySpan<bool> conflicts, Func<int, IReadOnlyList<string>> nearBoundary)
    {
        ArgumentNullException.ThrowIfNull(nearBoundary);
        if (longitudes.Length != latitudes.Length || conflicts.Length != latitudes.Length)
        {
            throw new ArgumentException("Latitudes, longitudes and answers must be as many.", nameof(longitudes));
        }

        var history = History(principal);
        var now = _clock.GetUtcNow().UtcTicks;
        lock (history.Gate)
        {
            for (var i = 0; i < latitudes.Length; i++)
            {
                if (history.Observe(now, latitudes[i], longitudes[i], radiusMetres, conflicts[i], nearBoundary(i)) is { } finding)
                {
                    return finding;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// As <see cref="ObserveBatch"/> — the same finding (the first in order), the same history and
    /// throttle afterwards — with the tests of a large batch split over the cores (chunks of
    /// 16,384 checks, each seeded with the ring the sequential pass would hold at its start; a
    /// sequential prepass of a few flops a check carries the boundary-walk state). Batches under
    /// 32,768 checks, or on one core, are observed sequentially.
    /// </summary>
    /// <param name="principal">Who asked.</param>
    /// <param name="latitudes">Target latitudes, degrees.</param>
    /// <param name="longitudes">Target longitudes, degrees (as many as latitudes).</param>
    /// <param name="radiusMetres">The strike radius of every target.</param>
    /// <param name="conflicts">The answers (as many as latitudes).</param>
    /// <param name="nearBoundary">The near-boundary site ids of target i; called from several threads at once, so it must not reuse one list.</param>
    /// <exception cref="ArgumentException">The arrays differ in length or the principal is empty.</exception>
    public ProbeFinding? ObserveBatchParallel(string principal, ReadOnlyMemory<double> latitudes, ReadOnlyMemory<double> longitudes, double radiusMetres,
        ReadOnlyMemory<bool> conflicts, Func<int, IReadOnlyList<string>> nearBoundary) =>
        ObserveBatchParallel(principal, latitudes, longitudes, radiusMetres, conflicts, nearBoundary, ParallelChunk);

    /// <summary>As the public overload, with the chunk size given (the tests use small chunks).</summary>
    internal ProbeFinding? ObserveBatchParallel(string principal, ReadOnlyMemory<double> latitudes, ReadOnlyMemory<double> longitudes, double radiusMetres,
        ReadOnlyMemory<bool> conflicts, Func<int, IReadOnlyList<string>> nearBoundary, int chunk)
    {
        ArgumentNullException.ThrowIfNull(nearBoundary);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        if (latitudes.Length < 2 * chunk || Environment.ProcessorCount == 1)
        {
            return ObserveBatch(principal, latitudes.Span, longitudes.Span, radiusMetres, conflicts.Span, nearBoundary);
        }

        if (longitudes.Length != latitudes.Length || conflicts.Length != latitudes.Length)
        {
            throw new ArgumentException("Latitudes, longitudes and answers must be as many.", nameof(longitudes));
        }

        var history = History(principal);
        var now = _clock.GetUtcNow().UtcTicks;
        lock (history.Gate)
        {
            return history.ObserveInChunks(now, latitudes, longitudes, radiusMetres, conflicts, nearBoundary, chunk);
        }
    }

    /// <summary>True when the principal is throttled now; <paramref name="until"/> is then when it ends.</summary>
    public bool IsThrottled(string principal, out DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(principal);
        var ticks = _histories.TryGetValue(principal, out var history) ? history.ThrottledUntil : 0;
        if (ticks > _clock.GetUtcNow().UtcTicks)
        {
            until = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }

        until = default;
        return false;
    }

    /// <summary>Throttles a principal until <paramref name="until"/> (e.g. restoring a stored alert after a restart), clearing its history.</summary>
    public void Throttle(string principal, DateTimeOffset until)
    {
        var history = History(principal);
        lock (history.Gate)
        {
            history.ThrottleUntil(until.UtcTicks);
        }
    }

    private ProbeHistory History(string principal)
    {
        ArgumentException.ThrowIfNullOrEmpty(principal);
        return _histories.GetOrAdd(principal, static (_, options) => new ProbeHistory(options), _options);
    }
}
