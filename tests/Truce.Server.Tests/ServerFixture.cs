using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Server.Hosting;
using Truce.Storage.Adjudication;
using Truce.Storage.Humanitarian;
using Truce.Storage.Import;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>
/// A real server (Kestrel on a free loopback port) over a database holding the bundled record and
/// the Aleppo 2016 scenario, adjudicated, with its humanitarian record — what `truce demo` builds. One per test class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    public string Db => _folder.File("server.sqlite");

    public HttpClient Client { get; private set; } = new();

    /// <summary>The running server (its endpoints, its services).</summary>
    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        using (var store = SqliteEventStore.Open(Db))
        {
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
            service.ImportScenario(ScenarioFiles.Read(RepoFiles.Data("aleppo-2016", "terms.json")));
            service.Adjudicate();
            new HumanitarianService(store).Import(RepoFiles.Data("aleppo-2016", "humanitarian.json"));
        }

        _app = TruceServer.Build(new ServerOptions(Db, "http://127.0.0.1:0"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>GETs a path and reads the body as JSON.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> Get(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (response.StatusCode, body);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
