using Truce.Domain.Events;
using Truce.Storage.Contract;

namespace Truce.Storage.Queries;

/// <summary>Finds the current revision of one event by its key (<c>ucdp-ged:233028</c>) or its bare source id (<c>233028</c>, tried in every dataset).</summary>
public static class EventLookup
{
    /// <returns>The current revision, or null when no dataset holds a current record with that id.</returns>
    public static EventRevision? Current(IEventStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var datasets = colon > 0 && EventDatasets.TryParse(id[..colon], out var named) ? [named] : Enum.GetValues<EventDataset>();
        var sourceId = colon > 0 && datasets.Length == 1 ? id[(colon + 1)..] : id;
        foreach (var dataset in datasets)
        {
            if (store.History(dataset, sourceId).LastOrDefault(r => r.SupersededAt is null) is { } current)
            {
                return current;
            }
        }

        return null;
    }
}
