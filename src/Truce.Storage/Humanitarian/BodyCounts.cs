using Truce.Domain.Events;
using Truce.Domain.Humanitarian;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Humanitarian;

/// <summary>The event record's deaths in an area over a period, for one dataset: events, best, low, high.</summary>
public sealed record RecordDeaths(string Dataset, int Events, long Best, long Low, long High);

/// <summary>
/// Body counts side by side for one area and period: the event record's sums per dataset (UCDP
/// best/low/high) and every casualty-series figure that overlaps the period, each with its source
/// and its difference from the record — never merged into one number.
/// </summary>
public sealed record BodyCountComparison(string Area, DateOnly From, DateOnly To, IReadOnlyList<RecordDeaths> Record, IReadOnlyList<CasualtyFigure> Figures)
{
    /// <summary>Figure − the record's best (of the first dataset), or null when the record has no events there.</summary>
    public long? Difference(CasualtyFigure figure) => Record.Count == 0 ? null : figure.Killed - Record[0].Best;

    /// <summary>
    /// Compares the store's current events whose assigned P-codes include <paramref name="area"/> (any
    /// level; a name matches no event) with the series figures for that area (by P-code or name).
    /// </summary>
    public static BodyCountComparison Of(IEventStore store, HumanitarianRecord record, string area, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(record);
        var deaths = store.Events(new EventQuery { Admin = area, From = from, To = to, StorageOrder = true })
            .GroupBy(e => e.Event.Dataset)
            .OrderBy(g => g.Key)
            .Select(g => new RecordDeaths(EventDatasets.Name(g.Key), g.Count(), g.Sum(e => (long)e.Event.Best), g.Sum(e => (long)e.Event.Low), g.Sum(e => (long)e.Event.High)))
            .ToList();
        var figures = record.Casualties
            .Where(f => f.Overlaps(from, to) && (string.Equals(f.Area, area, StringComparison.OrdinalIgnoreCase) || string.Equals(f.AreaName, area, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.From.Earliest).ThenBy(f => f.Series, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return new BodyCountComparison(area, from, to, deaths, figures);
    }
}
