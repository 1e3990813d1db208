using System.Collections.Concurrent;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Storage.Contract;
using Truce.Storage.Sites;

namespace Truce.Server.Sites;

/// <summary>
/// The protected-site indexes the server checks strikes against, rebuilt when the stored sites
/// change (<see cref="ISiteStore.SitesVersion"/>): one over every live site for the monitor, and one
/// per party over the sites notified to it (lazily, per party that asks).
/// </summary>
/// <remarks>Thread-safe: readers take the current snapshot without locking; a rebuild swaps it.</remarks>
public sealed class SiteIndexes(ProtectionBuffer buffer)
{
    private readonly Lock _rebuild = new();
    private volatile Snapshot _current = new(long.MinValue, [], buffer);

    /// <summary>The sites version the indexes were built from.</summary>
    public long Version => _current.Version;

    /// <summary>How many live (not withdrawn) sites there are.</summary>
    public int LiveSites => _current.Live.Count;

    /// <summary>The index a caller's checks run against: every live site for a monitor or admin; the sites notified to its party for a party.</summary>
    public ProtectedSiteIndex For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = _current;
        return caller.Role == Role.Party && caller.Party is { } party ? snapshot.ForParty(party) : snapshot.All;
    }

    /// <summary>Rebuilds from the store when its sites changed since the last build; true when it did.</summary>
    public bool Refresh(ISiteStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var version = store.SitesVersion();
        if (version == _current.Version)
        {
            return false;
        }

        lock (_rebuild)
        {
            if (version == _current.Version)
            {
                return false;
            }

            var live = store.Sites().Where(s => !s.Withdrawn).ToList();
            _current = new Snapshot(version, live, buffer);
            return true;
        }
    }

    private sealed class Snapshot(long version, IReadOnlyList<StoredSite> live, ProtectionBuffer buffer)
    {
        private readonly ConcurrentDictionary<string, Lazy<ProtectedSiteIndex>> _parties = new(StringComparer.Ordinal);

        public long Version => version;

        public IReadOnlyList<StoredSite> Live => live;

        public ProtectedSiteIndex All { get; } = new(live.Select(s => s.Site), buffer);

        public ProtectedSiteIndex ForParty(string party) =>
            _parties.GetOrAdd(party, p => new Lazy<ProtectedSiteIndex>(() => new ProtectedSiteIndex(live.Where(s => s.NotifiedTo(p)).Select(s => s.Site), buffer))).Value;
    }
}
