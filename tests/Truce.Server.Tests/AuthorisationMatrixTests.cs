using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Truce.Domain.Access;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

/// <summary>
/// Every endpoint of the running server × every kind of caller, by real HTTP requests against a
/// real SQLite store, checked against a table written here by hand (issue 6) — not derived from
/// the endpoints' own declarations, so a wrong declaration fails. A new endpoint fails until it has a row.
/// </summary>
public sealed class AuthorisationMatrixTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Who may call an endpoint.</summary>
    public enum Who
    {
        /// <summary>Every caller, signed in or not (signing in and out, who am I).</summary>
        Everyone,

        /// <summary>Published data: the public and every role.</summary>
        Published,

        /// <summary>Data that is not published but not confidential either (the audit log's entries name authors and records; evidence files): analysts, monitors and admins.</summary>
        NonConfidential,

        /// <summary>Writes to the event record: monitor and admin only.</summary>
        EventWriters,

        /// <summary>Protected sites and the check log: the monitor and admin (everyone's), a party (its own; the handler narrows).</summary>
        SiteReaders,

        /// <summary>Notifying and withdrawing sites: the monitor and admin (organisations' sites), a party (its own).</summary>
        SiteWriters,

        /// <summary>Strike checks: parties, the monitor and admin.</summary>
        Checkers,

        /// <summary>The monitor's confidential views (probing alerts, budgets, attack reports): monitor and admin only.</summary>
        Confidential,
    }

    /// <summary>The expected table: endpoint (method and route pattern) → a URL to call it with, and who may.</summary>
    private static readonly Dictionary<string, (string Url, Who Who)> Expected = new(StringComparer.Ordinal)
    {
        ["GET /openapi/v1.json"] = ("/openapi/v1.json", Who.Published),
        ["GET /ogc/"] = ("/ogc/", Who.Published),
        ["GET /ogc/conformance"] = ("/ogc/conformance", Who.Published),
        ["GET /ogc/collections"] = ("/ogc/collections", Who.Published),
        ["GET /ogc/collections/{collectionId}"] = ("/ogc/collections/events", Who.Published),
        ["GET /ogc/collections/{collectionId}/items"] = ("/ogc/collections/events/items?limit=2", Who.Published),
        ["GET /ogc/collections/{collectionId}/items/{featureId}"] = ("/ogc/collections/events/items/ucdp-ged:233028", Who.Published),
        ["POST /api/auth/login"] = ("/api/auth/login", Who.Everyone),
        ["POST /api/auth/logout"] = ("/api/auth/logout", Who.Everyone),
        ["GET /api/auth/me"] = ("/api/auth/me", Who.Everyone),
        ["GET /api/events/"] = ("/api/events/?limit=2", Who.Published),
        ["GET /api/stats/"] = ("/api/stats/?by=year&group=none", Who.Published),
        ["GET /api/verdicts/"] = ("/api/verdicts/?agreement=A1&by=month", Who.Published),
        ["GET /api/verdicts/disputed"] = ("/api/verdicts/disputed?agreement=A1&limit=2", Who.Published),
        ["GET /api/events/{key}/verdicts"] = ("/api/events/ucdp-ged:233028/verdicts", Who.Published),
        ["GET /api/control/"] = ("/api/control/?at=2016-11-20&point=36.2166,37.1822", Who.Published),
        ["GET /api/control/diff"] = ("/api/control/diff?from=2016-11-01&to=2016-12-01", Who.Published),
        ["GET /api/actors/"] = ("/api/actors/?q=nusra", Who.Published),
        ["GET /api/actors/unmatched"] = ("/api/actors/unmatched", Who.Published),
        ["GET /api/actors/{id}"] = ("/api/actors/ucdp:57", Who.Published),
        ["GET /api/designations/"] = ("/api/designations/", Who.Published),
        ["GET /api/agreements/"] = ("/api/agreements/", Who.Published),
        ["GET /api/agreements/{id}"] = ("/api/agreements/A1", Who.Published),
        ["GET /api/events/geojson"] = ("/api/events/geojson?from=2016-12-01&to=2016-12-07&bbox=37,36,38,37", Who.Published),
        ["GET /api/bins/"] = ("/api/bins/?from=2016-12-01&to=2016-12-07&bbox=35,32,42,37.5&cell=0.5", Who.Published),
        ["GET /api/bins/weekly"] = ("/api/bins/weekly?bbox=35,32,42,37.5", Who.Published),
        ["GET /api/control/areas/"] = ("/api/control/areas/?at=2016-11-20", Who.Published),
        ["GET /api/basemap"] = ("/api/basemap", Who.Published),
        ["GET /api/access/"] = ("/api/access/?at=2016-11-20", Who.Published),
        ["GET /api/access/parties"] = ("/api/access/parties?at=2016-11-20", Who.Published),
        ["GET /api/access/areas.geojson"] = ("/api/access/areas.geojson?at=2016-11-20", Who.Published),
        ["GET /api/access/convoys"] = ("/api/access/convoys?from=2016-09-01&to=2016-09-30", Who.Published),
        ["GET /api/conditions/"] = ("/api/conditions/?at=2016-09-15", Who.Published),
        ["GET /api/conditions/timeline"] = ("/api/conditions/timeline?from=2016-09-01&to=2016-09-30", Who.Published),
        ["GET /api/bodycounts"] = ("/api/bodycounts?area=SY020000&from=2016-04-27&to=2016-04-28", Who.Published),
        ["POST /api/imports/"] = ("/api/imports/", Who.EventWriters),
        ["GET /api/audit/checkpoint"] = ("/api/audit/checkpoint", Who.Published),
        ["GET /api/audit/key"] = ("/api/audit/key", Who.Published),
        ["GET /api/audit/entries"] = ("/api/audit/entries?limit=5", Who.NonConfidential),
        ["GET /api/audit/proofs/inclusion"] = ("/api/audit/proofs/inclusion?entry=0", Who.Published),
        ["GET /api/audit/proofs/consistency"] = ("/api/audit/proofs/consistency?from=1", Who.Published),
        ["GET /api/evidence/{sha256}"] = ("/api/evidence/" + new string('0', 64), Who.NonConfidential),
        ["GET /api/evidence/{sha256}/custody"] = ("/api/evidence/" + new string('0', 64) + "/custody", Who.NonConfidential),
        ["POST /api/evidence/"] = ("/api/evidence/?name=probe.txt", Who.EventWriters),
        ["GET /api/sources/{id:long}"] = ("/api/sources/1", Who.Published),
        ["POST /api/sources/"] = ("/api/sources/", Who.EventWriters),
        ["GET /api/events/{dataset}/{id}/sources"] = ("/api/events/ucdp-ged/233028/sources", Who.Published),
        ["GET /api/events/{dataset}/{id}/grade"] = ("/api/events/ucdp-ged/233028/grade", Who.Published),
        ["PUT /api/events/{dataset}/{id}/grade"] = ("/api/events/ucdp-ged/233028/grade", Who.EventWriters),
        ["GET /api/sites/"] = ("/api/sites/", Who.SiteReaders),
        ["GET /api/sites/geojson"] = ("/api/sites/geojson", Who.SiteReaders),
        ["GET /api/sites/{id}"] = ("/api/sites/NO-SUCH-SITE", Who.SiteReaders),
        ["GET /api/sites/{id}/history"] = ("/api/sites/NO-SUCH-SITE/history", Who.SiteReaders),
        ["POST /api/sites/"] = ("/api/sites/", Who.SiteWriters),
        ["POST /api/sites/{id}/withdraw"] = ("/api/sites/NO-SUCH-SITE/withdraw", Who.SiteWriters),
        ["POST /api/checks/"] = ("/api/checks/", Who.Checkers),
        ["POST /api/checks/batch"] = ("/api/checks/batch", Who.Checkers),
        ["GET /api/deconfliction/checks"] = ("/api/deconfliction/checks?limit=5", Who.SiteReaders),
        ["GET /api/deconfliction/alerts"] = ("/api/deconfliction/alerts", Who.Confidential),
        ["GET /api/deconfliction/budgets"] = ("/api/deconfliction/budgets", Who.Confidential),
        ["PUT /api/deconfliction/budgets/{principal}"] = ("/api/deconfliction/budgets/user:nobody", Who.Confidential),
        ["GET /api/deconfliction/attacks"] = ("/api/deconfliction/attacks", Who.Confidential),
        ["GET /api/deconfliction/strikes"] = ("/api/deconfliction/strikes?from=2016-12-01&to=2016-12-02", Who.Confidential),
    };

    /// <summary>The kinds of caller, and whether each may call an endpoint for each answer of the table (by hand, not from the roles' grants).</summary>
    private static readonly (string Caller, Func<Who, bool> Allowed)[] Callers =
    [
        ("public", who => who is Who.Everyone or Who.Published),
        ("analyst", who => who is Who.Everyone or Who.Published or Who.NonConfidential),
        ("party:syrian-government", who => who is Who.Everyone or Who.Published or Who.SiteReaders or Who.SiteWriters or Who.Checkers),
        ("monitor", _ => true),
        ("admin", _ => true),
        ("expired", _ => false),
        ("revoked", _ => false),
    ];

    [Fact]
    public async Task Every_endpoint_answers_every_kind_of_caller_as_the_table_says()
    {
        var tokens = Tokens();
        var live = Endpoints();
        var failures = new List<string>();
        foreach (var endpoint in live.Where(e => !Expected.ContainsKey(e)))
        {
            failures.Add($"{endpoint}: not in the table: say who may call it");
        }

        foreach (var endpoint in live.Where(Expected.ContainsKey))
        {
            var (url, who) = Expected[endpoint];
            foreach (var (caller, allowed) in Callers)
            {
                var (status, body) = await Call(endpoint.Split(' ')[0], url, tokens.GetValueOrDefault(caller));
                var expected = allowed(who) ? "allowed" : caller is "public" or "expired" or "revoked" ? "401" : "403";
                var got = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "allowed";
                if (got != expected || (int)status >= 500)
                {
                    failures.Add($"{endpoint} as {caller}: expected {expected}, got {(int)status} {body}");
                }
                else if (caller is "expired" or "revoked" && !body.Contains(caller == "expired" ? "the token expired" : "the token was revoked", StringComparison.Ordinal))
                {
                    failures.Add($"{endpoint} as {caller}: a 401 that does not say why: {body}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(live.Count >= 55, $"only {live.Count} endpoints found: the enumeration is broken");
    }

    [Fact]
    public void Every_row_of_the_table_is_a_live_endpoint() =>
        Assert.Empty(Expected.Keys.Except(Endpoints(), StringComparer.Ordinal));

    /// <summary>The running server's endpoints as <c>METHOD pattern</c>.</summary>
    private List<string> Endpoints() =>
        server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A token per kind of signed-in caller, made in the server's file once per test class.</summary>
    private Dictionary<string, string> Tokens()
    {
        var db = server.Db;
        TestUsers.Add(db, "login-probe", Role.Analyst, password: "probe-password");
        var revoked = TestUsers.Token(db, "revoked-user", Role.Monitor);
        using (var store = SqliteEventStore.Open(db))
        {
            store.RevokeToken(revoked.Id);
        }

        return new(StringComparer.Ordinal)
        {
            ["analyst"] = TestUsers.Token(db, "ana", Role.Analyst).Token,
            ["party:syrian-government"] = TestUsers.Token(db, "damascus", Role.Party, "syrian-government").Token,
            ["monitor"] = TestUsers.Token(db, "mon", Role.Monitor).Token,
            ["admin"] = TestUsers.Token(db, "root", Role.Admin).Token,
            ["expired"] = TestUsers.Token(db, "late", Role.Admin, expires: DateTimeOffset.UtcNow.AddMinutes(-1)).Token,
            ["revoked"] = revoked.Token,
        };
    }

    private async Task<(HttpStatusCode Status, string Body)> Call(string method, string url, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (method is "POST" or "PUT")
        {
            // Signing in as a real user (allowed must mean 200, not a 401 for a wrong password); an empty CSV for imports (a 400, nothing written).
            // JSON bodies for the JSON writes (sources, grades): an empty object, a 400 naming the missing field.
            request.Content = url == "/api/auth/login"
                ? new StringContent(JsonSerializer.Serialize(new { user = "login-probe", password = "probe-password" }), Encoding.UTF8, "application/json")
                : url.StartsWith("/api/imports", StringComparison.Ordinal) || url.StartsWith("/api/evidence", StringComparison.Ordinal)
                    ? new StringContent("", Encoding.UTF8, "text/csv")
                    : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, body.Length > 300 ? body[..300] : body);
    }
}
