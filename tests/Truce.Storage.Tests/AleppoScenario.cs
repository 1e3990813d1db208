using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Storage.Adjudication;
using Truce.Storage.Import;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>One store with the bundled record (OCHA layers, UCDP GED Syria 2016–2019) and the Aleppo 2016 scenario, adjudicated once, shared by the tests of a class.</summary>
public sealed class AleppoScenario : IDisposable
{
    private readonly TempFolder _folder = new();

    public AleppoScenario()
    {
        Path = _folder.File("aleppo.sqlite");
        Store = SqliteEventStore.Open(Path);
        foreach (var layer in (string[])["syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson", "syr_neighborhoods.geojson"])
        {
            using var s = File.OpenRead(RepoFiles.Ocha(layer));
            Store.ImportBoundaries(AdminGeoJsonReader.Read(s, layer), new ImportSource(layer, EventFileFormat.AdminGeoJson), null);
        }

        using (var events = File.OpenRead(RepoFiles.UcdpSyria))
        {
            Store.ImportEvents(events, new ImportSource("ged_syria_2016-2019.csv", EventFileFormat.Ucdp), new ImportOptions());
        }

        Service = new AdjudicationService(Store, Store);
        Service.ImportScenario(Files());
        Receipt = Service.Adjudicate();
    }

    public string Path { get; }

    public SqliteEventStore Store { get; }

    public AdjudicationService Service { get; }

    public AdjudicationReceipt Receipt { get; }

    public static string TermsPath => RepoFiles.Data("aleppo-2016", "terms.json");

    /// <summary>The scenario's files as the terms file names them, optionally with the terms text replaced.</summary>
    public static IReadOnlyList<ReferenceFile> Files(string? termsText = null) => ScenarioFiles.Read(TermsPath, termsText);

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}
