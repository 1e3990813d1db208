using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Truce.Server.Tests.Sites;

/// <summary>
/// Issue 7: a party's token can never read another party's sites, through any endpoint. Every live
/// endpoint of the server is called as party alpha — with beta's site id and principal wherever a
/// route takes a parameter, and with the query and body variations that could widen a read — and
/// no response may hold beta's site name, id or any rendering of its coordinates, nor the targets
/// of beta's own checks. A new endpoint is covered without editing this test.
/// </summary>
public sealed class SiteIsolationTests(SiteServer server) : IClassFixture<SiteServer>
{
    /// <summary>Beta's secret point, as text in the forms JSON, CSV, WKT and GeoJSON would write it (4 decimals: ~10 m).</summary>
    private static readonly string[] Secrets =
    [
        SiteServer.BetaName, SiteServer.BetaSite, "36.2134", "37.1589", "36,2134", "37,1589",
        "36.33337", "37.00001", // the target of beta's own check
    ];

    [Fact]
    public async Task Party_alpha_reads_nothing_of_party_beta_sites_or_checks_through_any_endpoint()
    {
        // Beta checks a secret target of its own first: alpha must not see beta's plans either.
        var (betaStatus, _, _) = await server.Check("beta", 36.3333777, 37.0000111, 100);
        Assert.Equal(HttpStatusCode.OK, betaStatus);

        var calls = new List<(string Method, string Url, string? Body)>();
        foreach (var (method, pattern) in Endpoints())
        {
            var url = Fill(pattern);
            calls.Add((method, url, method is "POST" or "PUT" ? "{}" : null));
        }

        // The variations that could widen a read or reach beta's site by a write.
        calls.AddRange(
        [
            ("GET", "/api/deconfliction/checks?party=beta", null),
            ("GET", "/api/deconfliction/checks?principal=user:beta-ops", null),
            ("GET", "/api/sites/?owner=party:beta", null),
            ("GET", $"/api/sites/{SiteServer.BetaSite}/history", null),
            ("POST", "/api/sites/", JsonSerializer.Serialize(new
            {
                id = SiteServer.BetaSite, category = "position", radiusMetres = 10, contact = "x", reason = "takeover",
                geometry = new { type = "Point", coordinates = new[] { 37.0, 36.0 } },
            })),
            ("POST", $"/api/sites/{SiteServer.BetaSite}/withdraw", """{"reason":"probe"}"""),
            ("POST", "/api/checks/", JsonSerializer.Serialize(new
            {
                target = new { type = "Point", coordinates = new[] { SiteServer.BetaLongitude, SiteServer.BetaLatitude } },
                radiusMetres = 0, from = "2026-12-01T00:00:00Z", to = "2026-12-02T00:00:00Z",
            })),
            ("POST", "/api/checks/batch", JsonSerializer.Serialize(new
            {
                radiusMetres = 0, from = "2026-12-01T00:00:00Z", to = "2026-12-02T00:00:00Z",
                points = new[] { new[] { SiteServer.BetaLongitude, SiteServer.BetaLatitude }, new[] { 37.0, 36.0 } },
            })),
        ]);

        var leaks = new List<string>();
        foreach (var (method, url, body) in calls)
        {
            var (status, text, response) = await server.Send(method, url, "alpha", rawJson: body);
            response.Dispose();
            // An error that repeats what alpha sent (the id in its own URL or body: "no collection 'BETA-HQ-7'")
            // tells alpha nothing it did not say; the names and coordinates are searched for in every response.
            var echoes = url.Contains(SiteServer.BetaSite, StringComparison.Ordinal) || (body?.Contains(SiteServer.BetaSite, StringComparison.Ordinal) ?? false);
            foreach (var secret in Secrets.Where(s => !(echoes && s == SiteServer.BetaSite) && text.Contains(s, StringComparison.OrdinalIgnoreCase)))
            {
                leaks.Add($"{method} {url} → {(int)status}: holds '{secret}': {Cut(text)}");
            }

            if ((int)status >= 500)
            {
                leaks.Add($"{method} {url} → {(int)status}: {Cut(text)}");
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.True(calls.Count >= 60, $"only {calls.Count} calls: the enumeration is broken");
    }

    [Fact]
    public async Task Another_party_site_is_answered_exactly_like_a_site_that_does_not_exist()
    {
        foreach (var (method, suffix, body) in new[] { ("GET", "", (string?)null), ("GET", "/history", null), ("POST", "/withdraw", """{"reason":"probe"}""") })
        {
            var (betaStatus, betaBody, r1) = await server.Send(method, $"/api/sites/{SiteServer.BetaSite}{suffix}", "alpha", rawJson: body);
            var (noneStatus, noneBody, r2) = await server.Send(method, $"/api/sites/NO-SUCH-SITE{suffix}", "alpha", rawJson: body);
            r1.Dispose();
            r2.Dispose();
            Assert.Equal(HttpStatusCode.NotFound, betaStatus);
            Assert.Equal(noneStatus, betaStatus);
            Assert.Equal(Problem.Detail(noneBody), Problem.Detail(betaBody));
        }
    }

    [Fact]
    public async Task Each_party_lists_its_own_sites_and_the_monitor_lists_all()
    {
        Assert.Contains("ALPHA-HQ-1", await ListedIds("alpha"));
        Assert.DoesNotContain(SiteServer.BetaSite, await ListedIds("alpha"));
        Assert.Equal([SiteServer.BetaSite], await ListedIds("beta"));
        Assert.Superset(new HashSet<string>(["ALPHA-HQ-1", SiteServer.BetaSite, "MSF-H-1"]), (await ListedIds("monitor")).ToHashSet());
        var (analyst, _, r) = await server.Send("GET", "/api/sites/", "analyst");
        r.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, analyst);
    }

    [Fact]
    public async Task The_map_layer_holds_only_the_caller_own_sites()
    {
        var (_, alpha, r1) = await server.Send("GET", "/api/sites/geojson", "alpha");
        var (_, monitor, r2) = await server.Send("GET", "/api/sites/geojson", "monitor");
        r1.Dispose();
        r2.Dispose();
        Assert.All(Ids(alpha, "features"), id => Assert.True(id == "ALPHA-HQ-1" || id.StartsWith("alpha:", StringComparison.Ordinal), id));
        Assert.Contains(SiteServer.BetaSite, Ids(monitor, "features"));
        Assert.Contains("MSF-H-1", Ids(monitor, "features"));
    }

    private async Task<string[]> ListedIds(string caller)
    {
        var (_, body, r) = await server.Send("GET", "/api/sites/", caller);
        r.Dispose();
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static string[] Ids(string body, string member) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty(member).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private List<(string Method, string Pattern)> Endpoints() =>
        server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText ?? "/")))
            .Distinct()
            .ToList();

    /// <summary>A route pattern with every parameter set to something of beta's.</summary>
    private static string Fill(string pattern)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)[^}]*\}", m => m.Groups[1].Value switch
        {
            "principal" => "user:beta-ops",
            "sha256" => new string('0', 64),
            _ => SiteServer.BetaSite,
        });
        return url.StartsWith('/') ? url : "/" + url;
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] : text;
}
