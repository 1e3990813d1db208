using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Engines;

namespace Truce.Server.Hosting;

/// <summary>
/// Opens the store for one request (a store is not shared between threads), and
/// keeps the parsed scenario (terms, registry, control timeline) until its input files change.
/// </summary>
public sealed class StoreAccess(string db) : IDisposable
{
    /// <summary>Idle stores kept for <see cref="Read"/>.</summary>
    private const int IdleStores = 32;

    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<ITruceStore> _idle = [];
    private (string Version, Scenario Scenario)? _scenario;
    private string? _noScenario;

    public string Db => db;

    /// <summary>Opens the store; its writes are recorded in the audit log as the server's own.</summary>
    public ITruceStore Open() => As(Databases.Open(db), "server");

    /// <summary>Opens the store for a signed-in caller's request: its writes are recorded as that user's (<c>user:NAME</c>).</summary>
    public ITruceStore OpenFor(string? user) => As(Databases.Open(db), user is null ? "server" : $"user:{user}");

    /// <summary>
    /// Runs a short read on a hot path (finding a request's token) on a store taken from a pool of
    /// open ones instead of opening one (a SQLite open runs its pragmas and migration check each
    /// time). A store whose read threw is closed, not pooled again (its connection may be broken).
    /// Reads only: the pooled stores' audit author is the server's.
    /// </summary>
    public T Read<T>(Func<ITruceStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var store = _idle.TryTake(out var idle) ? idle : Open();
        T result;
        try
        {
            result = read(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        if (_idle.Count < IdleStores)
        {
            _idle.Add(store);
        }
        else
        {
            store.Dispose();
        }

        return result;
    }

    /// <summary>Closes the pooled stores.</summary>
    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }

    private static ITruceStore As(ITruceStore store, string author)
    {
        store.Author = author;
        return store;
    }

    /// <summary>The stored scenario, or null when the database holds none (no terms imported).</summary>
    public Scenario? TryScenario(ITruceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        // The version counts stored files; "0:0" is a database that never had any. Humanitarian files
        // are stored beside the scenario's, so a database may hold files but no terms.
        var version = store.ReferencesVersion();
        if (version == "0:0")
        {
            return null;
        }

        lock (_gate)
        {
            if (_noScenario == version)
            {
                return null;
            }
        }

        if (!store.References().Any(f => f.Kind == ReferenceKinds.Terms))
        {
            lock (_gate)
            {
                _noScenario = version;
            }

            return null;
        }

        return Scenario(store);
    }

    /// <summary>The stored scenario, parsed once per version of its input files.</summary>
    public Scenario Scenario(ITruceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var version = store.ReferencesVersion();
        lock (_gate)
        {
            if (_scenario is { } cached && cached.Version == version)
            {
                return cached.Scenario;
            }
        }

        var scenario = new AdjudicationService(store, store).LoadScenario();
        lock (_gate)
        {
            _scenario = (version, scenario);
        }

        return scenario;
    }
}
