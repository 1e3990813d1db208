using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Import;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>
/// One database with the bundled record (OCHA layers, UCDP GED Syria 2016–2019) and the Aleppo
/// 2016 scenario, adjudicated once, shared by the tests of a class; one per engine.
/// </summary>
public abstract class AleppoScenario : IDisposable
{
    private readonly Lazy<(ITruceStore Store, AdjudicationService Service, AdjudicationReceipt Receipt)> _built;

    protected AleppoScenario(Func<StoreEngine> engine) =>
        _built = new(() =>
        {
            _engine = engine();
            var store = _engine.Open();
            foreach (var layer in (string[])["syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson", "syr_neighborhoods.geojson"])
            {
                using var s = File.OpenRead(RepoFiles.Ocha(layer));
                store.ImportBoundaries(AdminGeoJsonReader.Read(s, layer), new ImportSource(layer, EventFileFormat.AdminGeoJson), null);
            }

            using (var events = File.OpenRead(RepoFiles.UcdpSyria))
            {
                store.ImportEvents(events, new ImportSource("ged_syria_2016-2019.csv", EventFileFormat.Ucdp), new ImportOptions());
            }

            var service = new AdjudicationService(store, store);
            service.ImportScenario(Files());
            return (store, service, service.Adjudicate());
        });

    private StoreEngine? _engine;

    /// <summary>The engine the scenario is built on (built on first use, so that a skipped class builds nothing).</summary>
    public StoreEngine Engine => _built.Value.Store is not null ? _engine! : throw new InvalidOperationException("Not built.");

    public ITruceStore Store => _built.Value.Store;

    public AdjudicationService Service => _built.Value.Service;

    public AdjudicationReceipt Receipt => _built.Value.Receipt;

    public static string TermsPath => RepoFiles.Data("aleppo-2016", "terms.json");

    /// <summary>The scenario's files as the terms file names them, optionally with the terms text replaced.</summary>
    public static IReadOnlyList<ReferenceFile> Files(string? termsText = null) => ScenarioFiles.Read(TermsPath, termsText);

    public void Dispose()
    {
        if (_built.IsValueCreated)
        {
            _built.Value.Store.Dispose();
        }

        _engine?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The scenario in a SQLite file.</summary>
    public sealed class Sqlite() : AleppoScenario(() => new SqliteEngine());

    /// <summary>The scenario in a PostgreSQL schema.</summary>
    public sealed class Postgres() : AleppoScenario(() => new PostgresEngine());
}
