namespace Truce.Geo.Deconfliction;

/// <summary>
/// A count that restarts every UTC day, packed in one 64-bit word (day number since 0001-01-01 in the top
/// 22 bits, count in the low 42) and updated by compare-and-swap. Thread-safe, lock-free.
/// </summary>
/// <remarks>Day numbers fit until the year 5741; counts up to 4.4e12.</remarks>
internal sealed class DayCount
{
    private const int Shift = 42;
    private const long Mask = (1L << Shift) - 1;
    private long _state;

    /// <summary>The count on <paramref name="day"/> (0 when the word holds another day).</summary>
    public long On(long day)
    {
        var state = Volatile.Read(ref _state);
        return (state >>> Shift) == day ? state & Mask : 0;
    }

    /// <summary>Adds <paramref name="n"/> (≥ 0) to the count of <paramref name="day"/> unless it would pass <paramref name="limit"/> (or the word's capacity).</summary>
    public bool TryAdd(long day, long n, long limit)
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var used = (state >>> Shift) == day ? state & Mask : 0;
            if (used + n > limit || used + n > Mask)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _state, (day << Shift) | (used + n), state) == state)
            {
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="n"/> (may be negative) to the count of <paramref name="day"/>, not going below 0.</summary>
    public void Add(long day, long n)
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var used = (state >>> Shift) == day ? state & Mask : 0;
            var next = Math.Clamp(used + n, 0, Mask);
            if (Interlocked.CompareExchange(ref _state, (day << Shift) | next, state) == state)
            {
                return;
            }
        }
    }

    /// <summary>Sets the count of <paramref name="day"/>; returns the count it had on that day.</summary>
    public long Set(long day, long n)
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var used = (state >>> Shift) == day ? state & Mask : 0;
            if (Interlocked.CompareExchange(ref _state, (day << Shift) | Math.Min(n, Mask), state) == state)
            {
                return used;
            }
        }
    }
}
