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
    public ControlState At(int dayNumber)
    {
        var i = Array.BinarySearch(_starts, dayNumber);
        return _states[i >= 0 ? i + 1 : ~i];
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
