namespace Truce.Geo.Deconfliction;

/// <summary>
/// One principal's recent checks for the <see cref="ProbeDetector"/>: a ring of the last checks,
/// the running state of the boundary-walk test, and the throttle. Not thread-safe: callers hold
/// <see cref="Gate"/> (only <see cref="ThrottledUntil"/> may be read without it).
/// </summary>
internal sealed partial class ProbeHistory
{
    // Planar metres per degree near the checks: small-area tests only, so a spherical figure serves.
    private const double MetresPerDegree = 111_195;

    // Two checks at one centre: within 1e-7° (about a centimetre); one radius: within a centimetre.
    private const double SameDegrees = 1e-7;
    private const double SameMetres = 0.01;

    private readonly ProbeDetectorOptions _options;
    private readonly Entry[] _ring;
    private readonly long _window;
    private int _next;
    private int _count;
    private long _throttledUntil;

    private ProbeWalk _walk;

    public ProbeHistory(ProbeDetectorOptions options)
    {
        _options = options;
        _ring = new Entry[options.Capacity];
        _window = options.Window.Ticks;
    }

    public Lock Gate { get; } = new();

    /// <summary>Until when (UTC ticks) the principal is throttled; read without the lock.</summary>
    public long ThrottledUntil => Volatile.Read(ref _throttledUntil);

    public ProbeFinding? Observe(long now, double latitude, double longitude, double radius, bool conflict, IReadOnlyList<string> near)
    {
        if (now < _throttledUntil)
        {
            return null;
        }

        var sites = Kept(near);
        var hasPrevious = _count > 0 && _ring[Last].Ticks >= now - _window;
        var previous = hasPrevious ? _ring[Last] : default;
        _ring[_next] = new Entry(latitude, longitude, radius, now, conflict, sites);
        _next = _next + 1 == _ring.Length ? 0 : _next + 1;
        _count = Math.Min(_count + 1, _ring.Length);

        var (aligned, sameCentre) = Advance(ref _walk, hasPrevious, previous, latitude, longitude, conflict);
        var finding = Analyse(now, conflict, radius, sites, aligned, sameCentre && Math.Abs(radius - previous.Radius) > SameMetres);
        if (finding is not null)
        {
            ThrottleUntil(now + _options.ThrottleFor.Ticks);
            return finding with { ThrottledUntil = new DateTimeOffset(_throttledUntil, TimeSpan.Zero) };
        }

        return null;
    }

    /// <summary>Throttles until <paramref name="ticks"/> and forgets the history, so the episode ends with one alert.</summary>
    public void ThrottleUntil(long ticks)
    {
        Volatile.Write(ref _throttledUntil, ticks);
        Array.Clear(_ring);
        (_next, _count, _walk) = (0, 0, default);
    }

    /// <summary>A copy of a non-empty list of near sites, to keep; null for none.</summary>
    private static string[]? Kept(IReadOnlyList<string> near)
    {
        if (near.Count == 0)
        {
            return null;
        }

        var sites = new string[near.Count];
        for (var i = 0; i < sites.Length; i++)
        {
            sites[i] = near[i];
        }

        return sites;
    }

    /// <summary>Moves the running state on by one check; says whether it shares a latitude or longitude with the previous one, and whether its centre.</summary>
    private static (bool Aligned, bool SameCentre) Advance(ref ProbeWalk walk, bool hasPrevious, in Entry previous, double latitude, double longitude, bool conflict)
    {
        if (!hasPrevious)
        {
            walk.Restart();
            return (false, false);
        }

        var dLat = latitude - previous.Latitude;
        var dLon = longitude - previous.Longitude;
        walk.Step(dLat, dLon * Math.Cos(latitude * (Math.PI / 180)), conflict != previous.Conflict);
        return (Math.Abs(dLat) <= SameDegrees || Math.Abs(dLon) <= SameDegrees, Math.Abs(dLat) <= SameDegrees && Math.Abs(dLon) <= SameDegrees);
    }

    private int Last => _next == 0 ? _ring.Length - 1 : _next - 1;

    private ProbeFinding? Analyse(long now, bool conflict, double radius, string[]? sites, bool aligned, bool sameCentreNewRadius)
    {
        var oldest = now - _window;
        if ((conflict || sites is not null || sameCentreNewRadius) && Radii(oldest) is { } radii)
        {
            return radii;
        }

        if (_walk.Run >= _options.BoundaryWalkSteps && _walk.Flips >= 2)
        {
            var last = Math.Sqrt(_walk.LastStepSquared) * MetresPerDegree;
            return new ProbeFinding("boundary-walk",
                $"{_walk.Run + 1} successive checks converged, each step 0.25–0.75 of the one before (from {_walk.RunFirstStep:N0} m to {last:N1} m), the answer flipping {_walk.Flips} times",
                SitesOfLast(_walk.Run + 1), _walk.Run + 1, default);
        }

        if (sites is not null)
        {
            if (conflict && radius >= _options.LargeRadiusMetres && Separated(oldest, sites) is { } separated)
            {
                return separated;
            }

            if (Probing(oldest, sites) is { } probing)
            {
                return probing;
            }
        }

        return _walk.LatticeDue(aligned, _options.AnalyseEvery) ? Lattice(oldest) : null;
    }

    private readonly record struct Entry(double Latitude, double Longitude, double Radius, long Ticks, bool Conflict, string[]? Sites);
}
