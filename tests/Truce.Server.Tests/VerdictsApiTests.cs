using System.Net;
using System.Text.Json;
using Truce.Domain.Adjudication;
using Truce.Storage.Adjudication;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

public sealed class VerdictsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private List<StoredVerdict> Stored(VerdictQuery query)
    {
        using var store = SqliteEventStore.Open(server.Db);
        return [.. store.Verdicts(query)];
    }

    [Fact]
    public async Task Verdict_counts_per_month_and_stakeholder_add_up_the_stored_verdicts()
    {
        var (status, body) = await server.Get("/api/verdicts?agreement=A1&by=month");
        Assert.Equal(HttpStatusCode.OK, status);
        var expected = Stored(new VerdictQuery { Agreement = "A1" })
            .GroupBy(v => (Month: $"{v.Day.Year:0000}-{v.Day.Month:00}", v.Stakeholder))
            .OrderBy(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.Stakeholder, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Month} {g.Key.Stakeholder} {g.Count(v => v.Outcome == VerdictOutcome.Violation)} {g.Count(v => v.Outcome == VerdictOutcome.Permitted)} {g.Count(v => v.Outcome == VerdictOutcome.Outside)} {g.Count(v => v.Outcome == VerdictOutcome.Indeterminate)} {g.Count(v => v.Outcome == VerdictOutcome.NotApplicable)}")
            .ToList();
        var served = body.EnumerateArray().Select(r =>
            $"{r.GetProperty("period").GetString()} {r.GetProperty("stakeholder").GetString()} {r.GetProperty("violation").GetInt32()} {r.GetProperty("permitted").GetInt32()} {r.GetProperty("outside").GetInt32()} {r.GetProperty("indeterminate").GetInt32()} {r.GetProperty("notApplicable").GetInt32()}").ToList();
        Assert.Equal(expected, served);
        Assert.Contains(served, r => r.StartsWith("2016-10 us ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Weekly_counts_are_labelled_by_ISO_week()
    {
        var (_, body) = await server.Get("/api/verdicts?agreement=A1&by=week");
        var periods = body.EnumerateArray().Select(r => r.GetProperty("period").GetString()).Distinct().ToList();
        // 2016-01-01 was a Friday: ISO week 53 of 2015.
        Assert.Equal("2015-W53", periods[0]);
        Assert.Contains("2016-W44", periods);
    }

    [Fact]
    public async Task Disputed_event_233028_is_permitted_for_Russia_and_the_UN_envoy_and_a_violation_for_the_US()
    {
        var (status, body) = await server.Get("/api/verdicts/disputed?agreement=A1&limit=10000");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var e = items.Single(i => i.GetProperty("event").GetString() == "ucdp-ged:233028");
        Assert.Equal("2016-10-31", e.GetProperty("date").GetString());
        var readings = e.GetProperty("verdicts").EnumerateArray()
            .Select(v => $"{v.GetProperty("stakeholder").GetString()}:{v.GetProperty("outcome").GetString()}:{v.GetProperty("rule").GetString()}");
        Assert.Equal(["ru:permitted:target-exempt", "un-envoy:permitted:target-exempt", "us:violation:target-not-exempt"], readings);

        var disputedKeys = Stored(new VerdictQuery { Agreement = "A1", DisputedOnly = true }).Select(v => v.EventKey).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(disputedKeys, items.Select(i => i.GetProperty("event").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.True(i.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("outcome").GetString()).Distinct().Count() > 1));
    }

    [Fact]
    public async Task Disputed_events_page_with_next_links_to_the_same_list()
    {
        var (_, whole) = await server.Get("/api/verdicts/disputed?agreement=A1&limit=10000");
        var expected = whole.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("event").GetString()).ToList();
        Assert.True(expected.Count > 1, $"only {expected.Count} disputed events");
        var paged = new List<string?>();
        for (var path = "/api/verdicts/disputed?agreement=A1&limit=1"; path is not null;)
        {
            var (_, page) = await server.Get(path);
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("event").GetString()));
            path = page.TryGetProperty("next", out var next) ? new Uri(next.GetString()!).PathAndQuery : null;
        }

        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task An_event_s_verdicts_carry_their_facts_and_sources_and_the_dispute()
    {
        var (status, body) = await server.Get("/api/events/ucdp-ged:233028/verdicts");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ucdp-ged:233028", body.GetProperty("event").GetProperty("key").GetString());
        Assert.Equal("Jabhat Fateh al-Sham", body.GetProperty("event").GetProperty("actor2").GetString());
        var agreements = body.GetProperty("agreements").EnumerateArray().ToList();
        Assert.Equal(Stored(new VerdictQuery { EventKey = "ucdp-ged:233028" }).Select(v => v.Agreement).Distinct(), agreements.Select(a => a.GetProperty("agreement").GetString()));
        var a1 = agreements.Single(a => a.GetProperty("agreement").GetString() == "A1");
        Assert.True(a1.GetProperty("disputed").GetBoolean());
        var facts = a1.GetProperty("verdicts").EnumerateArray().ToDictionary(
            v => v.GetProperty("stakeholder").GetString()!,
            v => v.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("record").GetString()).ToList());
        Assert.Contains("designations.csv#D22", facts["ru"]);
        Assert.Contains("designations.csv#D15", facts["us"]);
        var reading = a1.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("stakeholder").GetString() == "ru")
            .GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("record").GetString() == "designations.csv#D22");
        Assert.Equal("reading", reading.GetProperty("kind").GetString());
        Assert.Equal("D22", reading.GetProperty("source").GetProperty("row").GetString());
        Assert.Empty(body.GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task A_claim_given_in_the_query_is_checked_as_the_CLI_checks_it()
    {
        var (status, body) = await server.Get("/api/events/233028/verdicts?claim=Jabhat%20al-Nusra%20positions");
        Assert.Equal(HttpStatusCode.OK, status);
        var claim = body.GetProperty("claims").EnumerateArray().Single();
        Assert.Equal("Jabhat al-Nusra positions", claim.GetProperty("claim").GetString());
        Assert.False(claim.GetProperty("recorded").GetBoolean());
        Assert.Equal("supported", claim.GetProperty("outcome").GetString());
        Assert.Equal("ucdp:1170", claim.GetProperty("actorId").GetString());
    }

    [Theory]
    [InlineData("/api/verdicts?agreement=A9", HttpStatusCode.NotFound, "no verdicts for agreement 'A9'")]
    [InlineData("/api/verdicts/disputed?agreement=A9", HttpStatusCode.NotFound, "no verdicts for agreement 'A9'")]
    [InlineData("/api/verdicts?by=week", HttpStatusCode.BadRequest, "agreement: required: an agreement id, e.g. A1")]
    [InlineData("/api/verdicts?agreement=A1&by=year", HttpStatusCode.BadRequest, "by: 'year' is not one of day, week, month")]
    [InlineData("/api/verdicts/disputed?agreement=A1&limit=10001", HttpStatusCode.BadRequest, "limit: 10001 is outside 1..10000")]
    [InlineData("/api/events/ucdp-ged:1/verdicts", HttpStatusCode.NotFound, "no current event with key 'ucdp-ged:1'")]
    [InlineData("/api/events/acled:233028/verdicts", HttpStatusCode.NotFound, "no current event with key 'acled:233028'")]
    public async Task Bad_or_unknown_values_are_problems(string path, HttpStatusCode status, string detail) =>
        Problem.Is(status, detail, await server.Get(path));

    [Fact]
    public async Task A_paging_value_that_is_not_a_number_is_a_400_naming_the_parameter()
    {
        var (status, body) = await server.Get("/api/verdicts/disputed?agreement=A1&limit=ten");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("limit", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"ten\"", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, body.GetProperty("status").ValueKind);
    }
}
