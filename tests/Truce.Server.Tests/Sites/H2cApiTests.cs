using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Truce.Server.Tests.Sites;

/// <summary>The API over HTTP/2 without TLS (<c>truce serve --h2c-urls</c>), beside HTTP/1.1 for the web UI.</summary>
public sealed class H2cApiTests(H2cSiteServer server) : IClassFixture<H2cSiteServer>
{
    [Fact]
    public async Task Many_checks_in_flight_on_one_HTTP2_connection_get_the_answers_HTTP1_gives()
    {
        var addresses = server.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
        Assert.Equal(2, addresses.Length);
        Assert.Equal(server.Client.BaseAddress!.ToString().TrimEnd('/'), addresses[0].TrimEnd('/')); // HTTP/1.1 first: the web UI's

        using var h2 = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = false }) { BaseAddress = new Uri(addresses[1]) };
        var targets = new[] { (SiteServer.HospitalLatitude, SiteServer.HospitalLongitude), (35.0, 38.5), (SiteServer.BetaLatitude, SiteServer.BetaLongitude) };
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            var (lat, lon) = targets[i % targets.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checks")
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Content = JsonContent.Create(new
                {
                    target = new { type = "Point", coordinates = new[] { lon, lat } },
                    radiusMetres = 10,
                    from = "2026-12-01T00:00:00Z",
                    to = "2026-12-02T00:00:00Z",
                }),
            };
            request.Headers.Authorization = new("Bearer", server.Tokens["alpha"]);
            using var response = await h2.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpVersion.Version20, response.Version);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }));

        for (var i = 0; i < targets.Length; i++)
        {
            var (status, body, response) = await server.Check("alpha", targets[i].Item1, targets[i].Item2, 10);
            response.Dispose();
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.All(answers.Where((_, j) => j % targets.Length == i), a => Assert.Equal(body, a));
        }

        Assert.Contains(answers, a => SiteServer.Answer(a) == "conflict"); // the hospital is notified to every party
        Assert.Contains(answers, a => SiteServer.Answer(a) == "clear");
    }

    [Fact]
    public async Task The_HTTP2_port_refuses_HTTP1_and_the_access_rules_hold_on_it()
    {
        var h2cUrl = server.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Last();
        using var h1 = new HttpClient { BaseAddress = new Uri(h2cUrl) };
        using var refused = await h1.GetAsync(new Uri("/api/auth/me", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var h2 = new HttpClient { BaseAddress = new Uri(h2cUrl), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var anonymous = await h2.PostAsJsonAsync(new Uri("/api/checks", UriKind.Relative), new { }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpVersion.Version20, anonymous.Version);
    }
}

/// <summary>The site server, also listening for HTTP/2 without TLS on a free port.</summary>
public sealed class H2cSiteServer : SiteServer
{
    protected override string? H2cUrls => "http://127.0.0.1:0";
}
