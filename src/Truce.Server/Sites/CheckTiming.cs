namespace Truce.Server.Sites;

/// <summary>
/// When a check's answer leaves the server: at a deadline fixed by the request's size alone —
/// never by the answer or by how near the target came to a site — so that response time cannot
/// stand in for the withheld distance (issue 7). Work that overruns the deadline is answered at the
/// next multiple of <see cref="Quantum"/>, which leaks at most which quantum the work ended in.
/// </summary>
/// <param name="One">The deadline of a request with one target, from its arrival.</param>
/// <param name="PerTarget">Added per target of a batch.</param>
/// <param name="Quantum">The step of the deadlines used when the work overruns.</param>
public sealed record CheckTiming(TimeSpan One, TimeSpan PerTarget, TimeSpan Quantum)
{
    /// <summary>5 ms for a single check; a batch 5 ms + 0.25 µs a point; overruns in steps of 5 ms.</summary>
    public static CheckTiming Default { get; } = new(TimeSpan.FromMilliseconds(5), TimeSpan.FromTicks(5) / 2, TimeSpan.FromMilliseconds(5));

    /// <summary>How long after arrival a request of <paramref name="targets"/> targets is answered, given the work took <paramref name="elapsed"/>.</summary>
    public TimeSpan Deadline(int targets, TimeSpan elapsed)
    {
        var deadline = One + (PerTarget * Math.Max(0, targets - 1));
        if (elapsed <= deadline)
        {
            return deadline;
        }

        var over = (elapsed - deadline).Ticks;
        var steps = (over + Quantum.Ticks - 1) / Quantum.Ticks;
        return deadline + TimeSpan.FromTicks(steps * Quantum.Ticks);
    }
}
