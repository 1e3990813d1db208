using System.Collections.Concurrent;
using Truce.Storage.Access;

namespace Truce.Server.Access;

/// <summary>
/// Token lookups remembered for one second, for the endpoints that ask for it (<see cref="CachedTokens"/>:
/// strike checks, tens of thousands a second, where the lookup would be a third of the work). A token
/// revoked or a user disabled is refused by those endpoints at most a second later; every other
/// endpoint reads the store on each request. Thread-safe.
/// </summary>
public sealed class TokenCache(TimeProvider clock)
{
    /// <summary>How long a lookup is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, (TokenGrant? Grant, long Until)> _grants = new(StringComparer.Ordinal);

    /// <summary>The grant of a token (by its SHA-256), from the cache while fresh, else from <paramref name="lookup"/>.</summary>
    public TokenGrant? Find(byte[] sha256, Func<byte[], TokenGrant?> lookup)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentNullException.ThrowIfNull(lookup);
        var key = Convert.ToBase64String(sha256);
        var now = clock.GetTimestamp();
        if (_grants.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Grant;
        }

        var grant = lookup(sha256);
        if (_grants.Count >= MaxEntries)
        {
            _grants.Clear();
        }

        _grants[key] = (grant, now + (long)(Lifetime.TotalSeconds * clock.TimestampFrequency));
        return grant;
    }
}

/// <summary>Endpoint metadata: this endpoint may trust a token lookup up to <see cref="TokenCache.Lifetime"/> old.</summary>
public sealed class CachedTokens
{
    /// <summary>The one instance.</summary>
    public static CachedTokens Instance { get; } = new();

    private CachedTokens()
    {
    }
}
