using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>
/// The control history of one polygon or place as a sorted array of breakpoints (each record's
/// first day and the day after its last) with the state in force precomputed for every period
/// between them, so the state on a day is one binary search.
/// </summary>
internal sealed class ControlPeriods
{
    private readonly int[] _starts;
    private readonly ControlState[] _states;

    public ControlPeriods(IReadOnlyList<ControlRecord> records)
    {
        Records = records;
        _starts = [.. records.SelectMany(Breakpoints).Distinct().Order()];
        _states = new ControlState[_starts.Length + 1];
        for (var i = 0; i < _states.Length; i++)
        {
            var day = DateOnly.FromDayNumber(i == 0 ? Math.Max(0, (_starts.Length == 0 ? 0 : _starts[0]) - 1) : _starts[i - 1]);
            var active = records.Where(r => r.IsActiveOn(day)).ToArray();
            _states[i] = active.Length == 0 ? ControlState.Empty : new ControlState(active);
        }
    }

    /// <summary>All records of this polygon or place.</summary>
    public IReadOnlyList<ControlRecord> Records { get; }

    /// <summary>The state in force on the day with this <see cref="DateOnly.DayNumber"/>.</summary>
    public ControlState At(int dayNumber) => _states[CountUpTo(_starts, dayNumber)];

    /// <summary>How many of the sorted, distinct values are at most <paramref name="value"/>: a binary search without data-dependent branches.</summary>
    private static int CountUpTo(int[] sorted, int value)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        // Invariant: every value before low is at most value, every one from low + length on exceeds it.
        var low = 0;
        var length = sorted.Length;
        while (length > 1)
        {
            var half = length >> 1;
            low = sorted[low + half - 1] <= value ? low + half : low;
            length -= half;
        }

        return low + (sorted[low] <= value ? 1 : 0);
    }

    private static IEnumerable<int> Breakpoints(ControlRecord r)
    {
        if (r.From is { } from)
        {
            yield return from.DayNumber;
        }

        if (r.To is { } to && to < DateOnly.MaxValue)
        {
            yield return to.DayNumber + 1;
        }
    }
}
