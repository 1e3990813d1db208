using System.Net;
using System.Text.Json;

namespace Truce.Server.Tests.Sites;

/// <summary>Strike checks over HTTP (issue 7): what a party is told, what it is never told, batches, bad input, budgets, and the log.</summary>
public sealed class StrikeCheckApiTests(SiteServer server) : IClassFixture<SiteServer>
{
    [Fact]
    public async Task A_strike_at_another_party_notified_position_is_a_conflict_naming_only_category_and_contact()
    {
        var (status, body, r) = await server.Check("alpha", SiteServer.BetaLatitude, SiteServer.BetaLongitude, 50);
        r.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["answer", "conflicts"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("conflict", json.RootElement.GetProperty("answer").GetString());
        var notice = Assert.Single(json.RootElement.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(["category", "contact"], notice.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("position", notice.GetProperty("category").GetString());
        Assert.Equal("beta liaison desk", notice.GetProperty("contact").GetString());
    }

    [Fact]
    public async Task A_strike_far_from_every_site_is_clear_and_says_nothing_more()
    {
        var (status, body, r) = await server.Check("alpha", 35.0, 38.5, 500);
        r.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"answer":"clear"}""", body);
    }

    [Fact]
    public async Task A_site_protects_only_against_the_parties_it_was_notified_to()
    {
        // Alpha's headquarters is notified to beta alone; the MSF hospital to every party.
        Assert.Equal("conflict", SiteServer.Answer((await server.Check("beta", SiteServer.AlphaLatitude, SiteServer.AlphaLongitude, 10)).Body));
        Assert.Equal("clear", SiteServer.Answer((await server.Check("alpha", SiteServer.AlphaLatitude, SiteServer.AlphaLongitude, 10)).Body));
        Assert.Equal("conflict", SiteServer.Answer((await server.Check("alpha", SiteServer.HospitalLatitude, SiteServer.HospitalLongitude, 10)).Body));
        Assert.Equal("conflict", SiteServer.Answer((await server.Check("monitor", SiteServer.AlphaLatitude, SiteServer.AlphaLongitude, 10)).Body));
    }

    [Fact]
    public async Task A_polygon_target_that_covers_a_site_is_a_conflict()
    {
        var (lat, lon) = (SiteServer.HospitalLatitude, SiteServer.HospitalLongitude);
        var (status, body, r) = await server.Send("POST", "/api/checks", "alpha", new
        {
            target = new { type = "Polygon", coordinates = new[] { new[] { new[] { lon - 0.01, lat - 0.01 }, new[] { lon + 0.01, lat - 0.01 }, new[] { lon + 0.01, lat + 0.01 }, new[] { lon - 0.01, lat - 0.01 } } } },
            radiusMetres = 0,
            from = "2026-12-01T00:00:00Z",
            to = "2026-12-01T06:00:00Z",
        });
        r.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"hospital\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_answers_each_point_in_conflict_by_its_index()
    {
        var (status, body, r) = await server.Send("POST", "/api/checks/batch", "alpha", new
        {
            radiusMetres = 20,
            from = "2026-12-01T00:00:00Z",
            to = "2026-12-02T00:00:00Z",
            points = new[] { new[] { 38.5, 35.0 }, new[] { SiteServer.HospitalLongitude, SiteServer.HospitalLatitude }, new[] { 38.6, 35.1 } },
        });
        r.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(3, json.RootElement.GetProperty("checked").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("clear").GetInt32());
        var conflict = Assert.Single(json.RootElement.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(1, conflict.GetProperty("index").GetInt32());
        Assert.Equal("hospital", conflict.GetProperty("notices")[0].GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("/api/checks", """{"target":{"type":"Point","coordinates":[37.1,36.2]},"from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"}""", "radiusMetres: required: metres, 0–50,000")]
    [InlineData("/api/checks", """{"target":{"type":"Point","coordinates":[37.1,96.2]},"radiusMetres":5,"from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"}""", "target: coordinates: [37.1, 96.2] is outside longitude -180..180, latitude -90..90")]
    [InlineData("/api/checks", """{"target":{"type":"Polygon","coordinates":[[[37,36],[37.1,36],[37.1,36.1],[37,36.2]]]},"radiusMetres":5,"from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"}""", "target: coordinates[0]: a ring must end where it starts")]
    [InlineData("/api/checks", """{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":5,"from":"2026-12-02T00:00:00Z","to":"2026-12-01T00:00:00Z"}""", "to: the window ends before it starts")]
    [InlineData("/api/checks/batch", """{"radiusMetres":5,"from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z","points":[[37.1,36.2],[37.1]]}""", "points[1]: a point is [longitude, latitude] (byte 103)")]
    [InlineData("/api/checks/batch", """{"radiusMetres":5,"from":"2026-12-01T00:00:00Z","points":[[37.1,36.2]]}""", "to: required")]
    public async Task A_bad_check_is_a_400_that_names_the_field(string url, string json, string detail)
    {
        var (status, body, r) = await server.Send("POST", url, "alpha", rawJson: json);
        r.Dispose();
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, Problem.Detail(body));
    }

    [Theory]
    [InlineData("""{"Target":{"type":"Point","coordinates":[LON,LAT]},"RadiusMetres":50,"From":"2026-12-01T00:00:00Z","To":"2026-12-02T00:00:00Z"}""")]
    [InlineData("""{"target":{"type":"Point","coordinates":[LON,LAT]},"radiusMetres":"50","from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z","comment":"pre-strike check"}""")]
    [InlineData("""{"target":{"type":"Point","coordinates":[LON,LAT,0],"crs":null},"radiusMetres":50,"from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"}""")]
    public async Task A_check_written_in_another_json_form_gets_the_same_answer_as_the_common_form(string template)
    {
        var json = template.Replace("LON", SiteServer.BetaLongitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("LAT", SiteServer.BetaLatitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var (commonStatus, common, r1) = await server.Check("alpha", SiteServer.BetaLatitude, SiteServer.BetaLongitude, 50);
        var (status, body, r2) = await server.Send("POST", "/api/checks", "alpha", rawJson: json);
        r1.Dispose();
        r2.Dispose();
        Assert.Equal(HttpStatusCode.OK, commonStatus);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("conflict", SiteServer.Answer(common));
        Assert.Equal(common, body);
    }

    [Theory]
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":5,""", "body: not a strike check in JSON: ")]
    [InlineData("""{"target":{"type":"Point","coordinates":[37.1,36.2]},"radiusMetres":"five","from":"2026-12-01T00:00:00Z","to":"2026-12-02T00:00:00Z"}""", "body: not a strike check in JSON: ")]
    [InlineData("null", "body: required: a strike check {target, radiusMetres, from, to}")]
    [InlineData("", "body: not a strike check in JSON: ")]
    public async Task A_check_body_that_is_not_a_strike_check_is_a_400_that_says_where(string json, string detail)
    {
        var (status, body, r) = await server.Send("POST", "/api/checks", "alpha", rawJson: json);
        r.Dispose();
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(detail, Problem.Detail(body), StringComparison.Ordinal);
        if (json.Length > 0 && json != "null")
        {
            Assert.Contains("BytePositionInLine", Problem.Detail(body), StringComparison.Ordinal); // where the reader stopped
        }
    }

    [Theory]
    [InlineData("POST", "/api/checks", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("POST", "/api/checks/batch", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("PUT", "/api/checks", "application/json", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/api/checks", "", HttpStatusCode.UnsupportedMediaType)] // no Content-Type: the router lets it through, the endpoint refuses it
    public async Task A_check_with_the_wrong_method_or_content_type_is_a_405_or_415_not_a_refusal_of_access(string method, string url, string type, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = new StringContent("target=37.1,36.2&radiusMetres=5", System.Text.Encoding.UTF8, type.Length > 0 ? type : "text/plain"),
        };
        if (type.Length == 0)
        {
            request.Content.Headers.ContentType = null;
        }

        request.Headers.Authorization = new("Bearer", server.Tokens["alpha"]);
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Every_check_is_in_the_log_when_answered_with_the_sites_behind_it_for_the_monitor_only()
    {
        var (_, _, r) = await server.Check("alpha", SiteServer.BetaLatitude + 0.0001, SiteServer.BetaLongitude, 30);
        r.Dispose();
        var (_, monitorView, r1) = await server.Send("GET", "/api/deconfliction/checks?principal=user:alpha-ops&limit=10000", "monitor");
        var (_, alphaView, r2) = await server.Send("GET", "/api/deconfliction/checks?limit=10000", "alpha");
        r1.Dispose();
        r2.Dispose();
        var logged = JsonDocument.Parse(monitorView).RootElement.EnumerateArray().Last();
        Assert.Equal("answered", logged.GetProperty("outcome").GetString());
        Assert.Equal(30, logged.GetProperty("radiusMetres").GetDouble());
        var conflict = Assert.Single(logged.GetProperty("conflicts").EnumerateArray());
        Assert.Equal([SiteServer.BetaSite], conflict.GetProperty("siteIds").EnumerateArray().Select(e => e.GetString()));
        var own = JsonDocument.Parse(alphaView).RootElement.EnumerateArray().ToList();
        Assert.All(own, c => Assert.Equal("user:alpha-ops", c.GetProperty("principal").GetString()));
        Assert.All(own.SelectMany(c => c.GetProperty("conflicts").EnumerateArray()), c => Assert.False(c.TryGetProperty("siteIds", out _)));
    }

    [Fact]
    public async Task A_spent_budget_is_a_429_with_retry_after_and_the_refusal_is_logged()
    {
        var (set, _, r0) = await server.Send("PUT", "/api/deconfliction/budgets/user:root", "monitor", new { perDay = 3 });
        r0.Dispose();
        Assert.Equal(HttpStatusCode.OK, set);
        for (var i = 0; i < 3; i++)
        {
            var (ok, _, r) = await server.Check("admin", 35.0 + (i * 0.1), 38.5, 10);
            r.Dispose();
            Assert.Equal(HttpStatusCode.OK, ok);
        }

        var (status, body, response) = await server.Check("admin", 35.5, 38.5, 10);
        using (response)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, status);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
            Assert.StartsWith("the daily check budget is spent", Problem.Detail(body), StringComparison.Ordinal);
        }

        var (_, log, r2) = await server.Send("GET", "/api/deconfliction/checks?principal=user:root", "monitor");
        r2.Dispose();
        Assert.Equal("refused-budget", JsonDocument.Parse(log).RootElement.EnumerateArray().Last().GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task The_audit_log_records_checks_without_any_coordinate()
    {
        var (_, _, r) = await server.Check("beta", SiteServer.HospitalLatitude, SiteServer.HospitalLongitude, 5);
        r.Dispose();
        var (_, entries, r2) = await server.Send("GET", "/api/audit/entries?limit=1000", "monitor");
        r2.Dispose();
        Assert.Contains("site.checks", entries, StringComparison.Ordinal);
        foreach (var secret in new[] { "36.1750", "37.1424", "36.2134", "37.1589", "36.1877", "37.1045" })
        {
            Assert.DoesNotContain(secret, entries, StringComparison.Ordinal);
        }
    }
}
