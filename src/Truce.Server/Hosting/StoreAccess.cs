using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Engines;

namespace Truce.Server.Hosting;

/// <summary>
/// Opens the store for one request (a store is not shared between threads), and
/// keeps the parsed scenario (terms, registry, control timeline) until its input files change.
/// </summary>
public sealed class StoreAccess(string db)
{
    private readonly Lock _gate = new();
    private (string Version, Scenario Scenario)? _scenario;

    public string Db => db;

    public ITruceStore Open() => Databases.Open(db);

    /// <summary>The stored scenario, or null when the database holds none (no terms imported).</summary>
    public Scenario? TryScenario(ITruceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        // The version counts stored files; "0:0" is a database that never had any.
        return store.ReferencesVersion() == "0:0" ? null : Scenario(store);
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
