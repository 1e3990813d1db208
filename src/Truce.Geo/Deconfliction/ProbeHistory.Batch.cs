namespace Truce.Geo.Deconfliction;

internal sealed partial class ProbeHistory
{
    /// <summary>
    /// Observes a batch of point checks, all at <paramref name="now"/>, with the same outcome as
    /// <see cref="Observe"/> on each in turn — the same first finding, the same history afterwards —
    /// but with the tests split over the cores. A sequential prepass carries the running state
    /// (<see cref="ProbeWalk"/>, a few flops a check) to the start of each chunk of
    /// <paramref name="chunk"/> checks; each chunk is then observed, in order, by a private history
    /// seeded with exactly the ring and state the sequential pass would hold there. A chunk's
    /// checks see only earlier checks, so its observations match the sequential pass's up to its
    /// first finding; the earliest finding of all chunks is the sequential pass's first finding.
    /// </summary>
    /// <remarks>The caller holds <see cref="Gate"/>; <paramref name="near"/> is called from several threads at once.</remarks>
    public ProbeFinding? ObserveInChunks(long now, ReadOnlyMemory<double> latitudes, ReadOnlyMemory<double> longitudes, double radius,
        ReadOnlyMemory<bool> conflicts, Func<int, IReadOnlyList<string>> near, int chunk)
    {
        if (now < _throttledUntil)
        {
            return null;
        }

        var n = latitudes.Length;
        var starts = Prepass(now, latitudes.Span, longitudes.Span, radius, conflicts.Span, chunk);
        var (first, found, end) = (int.MaxValue, (ProbeFinding?)null, (ProbeHistory?)null);
        var results = new Lock();
        Parallel.For(0, starts.Length, j =>
        {
            var lat = latitudes.Span;
            var lon = longitudes.Span;
            var conflict = conflicts.Span;
            var (start, stop) = (j * chunk, Math.Min(n, (j * chunk) + chunk));
            var worker = Seeded(now, start, starts[j], lat, lon, radius, conflict, near);
            for (var i = start; i < stop; i++)
            {
                if (i > Volatile.Read(ref first))
                {
                    return; // an earlier finding ends the batch
                }

                if (worker.Observe(now, lat[i], lon[i], radius, conflict[i], near(i)) is { } finding)
                {
                    lock (results)
                    {
                        (first, found) = i < first ? (i, finding) : (first, found);
                    }

                    return;
                }
            }

            if (stop == n)
            {
                end = worker;
            }
        });

        if (found is not null)
        {
            ThrottleUntil(now + _options.ThrottleFor.Ticks);
            return found;
        }

        Array.Copy(end!._ring, _ring, _ring.Length);
        (_next, _count, _walk) = (end._next, end._count, end._walk);
        return null;
    }

    /// <summary>The running state at the start of each chunk, assuming no finding before it (after a finding nothing more counts).</summary>
    private ProbeWalk[] Prepass(long now, ReadOnlySpan<double> lat, ReadOnlySpan<double> lon, double radius, ReadOnlySpan<bool> conflict, int chunk)
    {
        var starts = new ProbeWalk[(lat.Length + chunk - 1) / chunk];
        var walk = _walk;
        var hasPrevious = _count > 0 && _ring[Last].Ticks >= now - _window;
        var previous = hasPrevious ? _ring[Last] : default;
        for (var i = 0; i < lat.Length; i++)
        {
            if (i % chunk == 0)
            {
                starts[i / chunk] = walk;
            }

            var (aligned, _) = Advance(ref walk, hasPrevious, previous, lat[i], lon[i], conflict[i]);
            walk.LatticeDue(aligned, _options.AnalyseEvery);
            (hasPrevious, previous) = (true, new Entry(lat[i], lon[i], radius, now, conflict[i], null));
        }

        return starts;
    }

    /// <summary>A private history holding what this one would hold after observing the batch's first <paramref name="start"/> checks without a finding.</summary>
    private ProbeHistory Seeded(long now, int start, ProbeWalk walk, ReadOnlySpan<double> lat, ReadOnlySpan<double> lon, double radius,
        ReadOnlySpan<bool> conflict, Func<int, IReadOnlyList<string>> near)
    {
        var seeded = new ProbeHistory(_options);
        var capacity = _ring.Length;
        seeded._next = (int)((_next + (long)start) % capacity);
        seeded._count = (int)Math.Min(_count + (long)start, capacity);
        seeded._walk = walk;
        for (var k = 0; k < seeded._count; k++)
        {
            var at = seeded._next - 1 - k;
            seeded._ring[at < 0 ? at + capacity : at] = k < start
                ? new Entry(lat[start - 1 - k], lon[start - 1 - k], radius, now, conflict[start - 1 - k], Kept(near(start - 1 - k)))
                : _ring[Index(k - start)];
        }

        return seeded;
    }
}
