using Truce.Domain.Adjudication;
using Truce.Storage.Queries;

namespace Truce.Server.Map;

internal sealed partial class MapIndex
{
    /// <summary>
    /// Per week (Monday to Sunday, by the event's first day) — for events dated within one week;
    /// an event dated only to a span longer than a week (UCDP gives some a month or a whole year)
    /// would pile its deaths on its first day, so it is counted in <paramref name="broad"/> instead — of [<paramref name="from"/>,
    /// <paramref name="to"/>], in <paramref name="box"/> when given: events, fatalities (best) and
    /// violations per (agreement, stakeholder). Weeks without events between the window's first and
    /// last event are listed with zeros, so a chart's x axis has no gaps. O(events in window + weeks).
    /// </summary>
    public IReadOnlyList<MapWeek> Weekly(BoundingBox? box, DateOnly? from, DateOnly? to, out MapBroadlyDated broad)
    {
        var (start, end) = Days(from, to);
        broad = new MapBroadlyDated(0, 0);
        if (start == end)
        {
            return [];
        }

        // From the week of the window's first event to that of its last: no run of empty weeks past the data.
        var first = Monday(_day[start]);
        var weeks = ((Monday(_day[end - 1]) - first) / 7) + 1;
        var slots = Slots;
        var (events, best, violations) = (new int[weeks], new long[weeks], new int[weeks * slots]);
        for (var i = start; i < end; i++)
        {
            if (box is { } b && !b.Contains(_lon[i], _lat[i]))
            {
                continue;
            }

            if (_span[i] > 6)
            {
                broad = new MapBroadlyDated(broad.Events + 1, broad.Best + _best[i]);
                continue;
            }

            var w = (Monday(_day[i]) - first) / 7;
            events[w]++;
            best[w] += _best[i];
            for (var k = 0; k < slots; k++)
            {
                violations[(w * slots) + k] += _outcome[(i * slots) + k] == (byte)VerdictOutcome.Violation ? 1 : 0;
            }
        }

        return [.. Enumerable.Range(0, weeks).Select(w => new MapWeek(DateOnly.FromDayNumber(first + (w * 7)), events[w], best[w], violations.AsSpan(w * slots, slots).ToArray()))];
    }

    // Day 0 (0001-01-01) was a Monday.
    private static int Monday(int day) => day - (day % 7);
}
