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

    // Boundary walk: the last step's squared length, how many steps in a row shrank by 0.25–0.75, answer flips among them.
    private double _lastStepSquared;
    private int _run;
    private int _flips;
    private double _runFirstStep;
    private int _sinceAnalysis;

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

        string[]? sites = null;
        if (near.Count > 0)
        {
            sites = new string[near.Count];
            for (var i = 0; i < sites.Length; i++)
            {
                sites[i] = near[i];
            }
        }

        var hasPrevious = _count > 0 && _ring[Last].Ticks >= now - _window;
        var previous = hasPrevious ? _ring[Last] : default;
        _ring[_next] = new Entry(latitude, longitude, radius, now, conflict, sites);
        _next = _next + 1 == _ring.Length ? 0 : _next + 1;
        _count = Math.Min(_count + 1, _ring.Length);

        var aligned = false;
        var sameCentre = false;
        if (hasPrevious)
        {
            var dLat = latitude - previous.Latitude;
            var dLon = longitude - previous.Longitude;
            aligned = Math.Abs(dLat) <= SameDegrees || Math.Abs(dLon) <= SameDegrees;
            sameCentre = Math.Abs(dLat) <= SameDegrees && Math.Abs(dLon) <= SameDegrees;
            Step(dLat, dLon * Math.Cos(latitude * (Math.PI / 180)), conflict != previous.Conflict);
        }
        else
        {
            (_lastStepSquared, _run, _flips) = (0, 0, 0);
        }

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
        (_next, _count, _lastStepSquared, _run, _flips, _sinceAnalysis) = (0, 0, 0, 0, 0, 0);
    }

    private int Last => _next == 0 ? _ring.Length - 1 : _next - 1;

    /// <summary>Extends or restarts the run of converging steps (lengths in degrees of latitude, east scaled by cos φ).</summary>
    private void Step(double north, double east, bool flipped)
    {
        var squared = (north * north) + (east * east);
        if (_lastStepSquared > 0 && squared >= 0.0625 * _lastStepSquared && squared <= 0.5625 * _lastStepSquared)
        {
            _run++;
            _flips += flipped ? 1 : 0;
        }
        else
        {
            (_run, _flips, _runFirstStep) = (0, flipped ? 1 : 0, Math.Sqrt(squared) * MetresPerDegree);
        }

        _lastStepSquared = squared;
    }

    private ProbeFinding? Analyse(long now, bool conflict, double radius, string[]? sites, bool aligned, bool sameCentreNewRadius)
    {
        var oldest = now - _window;
        if ((conflict || sites is not null || sameCentreNewRadius) && Radii(oldest) is { } radii)
        {
            return radii;
        }

        if (_run >= _options.BoundaryWalkSteps && _flips >= 2)
        {
            var last = Math.Sqrt(_lastStepSquared) * MetresPerDegree;
            return new ProbeFinding("boundary-walk",
                $"{_run + 1} successive checks converged, each step 0.25–0.75 of the one before (from {_runFirstStep:N0} m to {last:N1} m), the answer flipping {_flips} times",
                SitesOfLast(_run + 1), _run + 1, default);
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

        if (aligned || ++_sinceAnalysis >= _options.AnalyseEvery)
        {
            _sinceAnalysis = 0;
            return Lattice(oldest);
        }

        return null;
    }

    private readonly record struct Entry(double Latitude, double Longitude, double Radius, long Ticks, bool Conflict, string[]? Sites);
}
