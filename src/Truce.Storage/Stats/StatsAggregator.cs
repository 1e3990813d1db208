namespace Truce.Storage.Stats;

/// <summary>
/// Sums events into (period, group) cells. Engines feed it the same narrow rows, so every engine
/// labels periods and groups the same way. A missing group key is reported as <c>unassigned</c>.
/// </summary>
internal sealed class StatsAggregator(PeriodUnit unit, StatsGroup group)
{
    /// <summary>The group label of events that have no value for the group.</summary>
    public const string Unassigned = "unassigned";

    private readonly Dictionary<int, string> _labels = [];
    private readonly Dictionary<(string Period, string Group), long[]> _cells = [];

    /// <summary>Adds <paramref name="count"/> events of one day and group, with their fatality sums.</summary>
    public void Add(int dayNumber, string? groupKey, long best, long low, long high, long count = 1)
    {
        if (!_labels.TryGetValue(dayNumber, out var period))
        {
            period = Period.Label(DateOnly.FromDayNumber(dayNumber), unit);
            _labels[dayNumber] = period;
        }

        var key = (period, group == StatsGroup.None ? "" : groupKey ?? Unassigned);
        if (!_cells.TryGetValue(key, out var sums))
        {
            sums = new long[4];
            _cells[key] = sums;
        }

        sums[0] += count;
        sums[1] += best;
        sums[2] += low;
        sums[3] += high;
    }

    public IReadOnlyList<StatsRow> Rows() =>
    [
        .. _cells
            .OrderBy(c => c.Key.Period, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Group, StringComparer.Ordinal)
            .Select(c => new StatsRow(c.Key.Period, c.Key.Group, c.Value[0], c.Value[1], c.Value[2], c.Value[3])),
    ];
}
