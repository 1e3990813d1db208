using Truce.Domain.Events;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Sites;

/// <summary>Strikes on notified sites over a store: every site revision, the check log, the party–actor links and the current events of a period.</summary>
public static class StoredSiteStrikes
{
    /// <summary>Flags the current events of [<paramref name="from"/>, <paramref name="to"/>] (either end open) against every site revision (<see cref="NotifiedSiteStrikes.Compute"/>).</summary>
    public static SiteStrikes Compute(ITruceStore store, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Compute(store, store.Events(new EventQuery { From = from, To = to }).ToList());
    }

    /// <summary>Flags <paramref name="events"/> against every site revision of the store.</summary>
    public static SiteStrikes Compute(ITruceStore store, IReadOnlyList<EventRevision> events)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        var revisions = store.Sites().SelectMany(s => store.SiteHistory(s.Site.Id)).ToList();
        return NotifiedSiteStrikes.Compute(revisions, store.Checks(), store.PartyActors(), events);
    }
}
