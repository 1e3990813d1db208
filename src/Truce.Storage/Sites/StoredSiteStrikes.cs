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
        var revisions = store.Sites().SelectMany(s => store.SiteHistory(s.Site.Id)).ToList();
        var checks = store.Checks();
        var links = store.PartyActors();
        var events = store.Events(new EventQuery { From = from, To = to }).ToList();
        return NotifiedSiteStrikes.Compute(revisions, checks, links, events);
    }
}
