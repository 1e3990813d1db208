using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Geo.Deconfliction;
using Truce.Server.Hosting;
using Truce.Server.Sites;
using Truce.Storage.Sites;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Server.Tests.Sites;

/// <summary>
/// A real server over a SQLite file holding three protected sites — party alpha's headquarters,
/// party beta's headquarters (notified to every party) and an MSF hospital recorded by the monitor —
/// and a token for each kind of caller. Checks answer at a short deadline (tests are bounded in time).
/// </summary>
public class SiteServer : IAsyncLifetime
{
    /// <summary>Beta's headquarters: the secret alpha must never learn. Distinctive digits, so any leak is found by text search.</summary>
    public const double BetaLatitude = 36.213457, BetaLongitude = 37.158913;

    /// <summary>Alpha's headquarters.</summary>
    public const double AlphaLatitude = 36.187732, AlphaLongitude = 37.104561;

    /// <summary>The MSF hospital (exact).</summary>
    public const double HospitalLatitude = 36.175052, HospitalLongitude = 37.142421;

    public const string BetaSite = "BETA-HQ-7", BetaName = "Beta forward command, Sheikh Maqsoud";

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    public string Db => _folder.File("sites.sqlite");

    public HttpClient Client { get; private set; } = new();

    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    /// <summary>Tokens by caller: alpha, beta, monitor, analyst, admin.</summary>
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>When checks are answered (tests: 3 ms, 1 ms a batch point beyond the first; the timing tests use longer deadlines).</summary>
    protected virtual CheckTiming Timing => new(TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(3));

    public virtual async ValueTask InitializeAsync()
    {
        Tokens["alpha"] = TestUsers.Token(Db, "alpha-ops", Role.Party, "alpha").Token;
        Tokens["beta"] = TestUsers.Token(Db, "beta-ops", Role.Party, "beta").Token;
        Tokens["monitor"] = TestUsers.Token(Db, "mon", Role.Monitor).Token;
        Tokens["analyst"] = TestUsers.Token(Db, "ana", Role.Analyst).Token;
        Tokens["admin"] = TestUsers.Token(Db, "root", Role.Admin).Token;
        using (var store = SqliteEventStore.Open(Db))
        {
            store.NotifySites(
            [
                new SiteNotice(Site("ALPHA-HQ-1", "party:alpha", SiteCategory.Position, "Alpha brigade headquarters", AlphaLatitude, AlphaLongitude, 150, "alpha liaison desk"), ["beta"]),
                new SiteNotice(Site(BetaSite, "party:beta", SiteCategory.Position, BetaName, BetaLatitude, BetaLongitude, 200, "beta liaison desk"), []),
                new SiteNotice(Site("MSF-H-1", "MSF", SiteCategory.Hospital, "Field hospital M-test", HospitalLatitude, HospitalLongitude, 100, "MSF deconfliction desk"), []),
            ], "test");
            store.SetBudget("*", 100_000, "test");
        }

        _app = TruceServer.Build(new ServerOptions(Db, "http://127.0.0.1:0", CheckTiming: Timing, Probing: Probing, H2cUrls: H2cUrls));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>The probing detector's options (null: defaults).</summary>
    protected virtual ProbeDetectorOptions? Probing => null;

    /// <summary>Where else to listen, for HTTP/2 without TLS (null: nowhere).</summary>
    protected virtual string? H2cUrls => null;

    public static ProtectedSite Site(string id, string owner, SiteCategory category, string name, double lat, double lon, double radius, string contact) => new()
    {
        Id = id,
        Owner = owner,
        Category = category,
        Name = name,
        Geometry = Wgs84.CreatePoint(new Coordinate(lon, lat)),
        RadiusMetres = radius,
        Contact = new ContactChannel(contact),
    };

    /// <summary>Sends a request as <paramref name="caller"/> (null: the public) with an optional JSON body.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Send(string method, string url, string? caller, object? body = null, string? rawJson = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (caller is not null)
        {
            request.Headers.Authorization = new("Bearer", Tokens[caller]);
        }

        if (rawJson is not null)
        {
            request.Content = new StringContent(rawJson, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text, response);
    }

    /// <summary>A single check at a point, as <paramref name="caller"/>.</summary>
    public Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Check(string caller, double lat, double lon, double radius) =>
        Send("POST", "/api/checks", caller, new
        {
            target = new { type = "Point", coordinates = new[] { lon, lat } },
            radiusMetres = radius,
            from = "2026-12-01T00:00:00Z",
            to = "2026-12-02T00:00:00Z",
        });

    /// <summary>The answer word of a check response body (<c>clear</c> / <c>conflict</c>).</summary>
    public static string Answer(string body) => JsonDocument.Parse(body).RootElement.GetProperty("answer").GetString()!;

    public virtual async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
