using System.Net;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

public sealed class ActorsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Searching_nusra_finds_the_group_with_its_dated_names_and_its_merger_into_HTS()
    {
        var (status, body) = await server.Get("/api/actors?q=al-nusra");
        Assert.Equal(HttpStatusCode.OK, status);
        var jfs = body.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "ucdp:1170");
        Assert.Equal("Jabhat Fateh al-Sham", jfs.GetProperty("name").GetString());
        var names = jfs.GetProperty("names").EnumerateArray().Select(n => $"{n.GetProperty("name").GetString()} {(n.TryGetProperty("from", out var f) ? f.GetString() : "..")} {(n.TryGetProperty("to", out var t) ? t.GetString() : "..")}");
        Assert.Equal(["Jabhat al-Nusra .. 2016-07-27", "Jabhat Fateh al-Sham 2016-07-28 2017-01-27"], names);
        var merger = jfs.GetProperty("linksOut").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "merged-into");
        Assert.Equal("ucdp:6815", merger.GetProperty("toActorId").GetString());
        Assert.Equal("2017-01-28", merger.GetProperty("from").GetString());
    }

    [Fact]
    public async Task One_actor_by_id_lists_the_links_into_it()
    {
        var (status, body) = await server.Get("/api/actors/ucdp:6815");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ucdp:6815", body.GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("linksIn").EnumerateArray(), l => l.GetProperty("fromActorId").GetString() == "ucdp:1170" && l.GetProperty("kind").GetString() == "merged-into");
    }

    [Fact]
    public async Task Search_results_page_through_every_match()
    {
        var (_, whole) = await server.Get("/api/actors?q=army&limit=10000");
        var expected = whole.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.True(expected.Count > 3);
        var (_, first) = await server.Get("/api/actors?q=army&limit=3");
        Assert.Equal(expected.Take(3), first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Contains("offset=3", first.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unmatched_names_count_the_current_events_that_use_them()
    {
        var (status, body) = await server.Get("/api/actors/unmatched");
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        using var store = SqliteEventStore.Open(server.Db);
        var events = store.Events(new Storage.Queries.EventQuery()).Select(r => r.Event).ToList();
        foreach (var row in rows.Take(3))
        {
            var name = row.GetProperty("name").GetString();
            var used = row.GetProperty("role").GetString() == "actor1" ? events.Count(e => e.Actor1 == name) : events.Count(e => e.Actor2 == name);
            Assert.Equal(used, row.GetProperty("events").GetInt32());
            Assert.NotEmpty(row.GetProperty("unmatchedParts").EnumerateArray());
        }
    }

    [Theory]
    [InlineData("/api/actors/ucdp:999999", HttpStatusCode.NotFound, "no actor with id 'ucdp:999999'")]
    [InlineData("/api/actors?q=x&offset=-1", HttpStatusCode.BadRequest, "offset: -1 is negative")]
    public async Task Unknown_ids_and_bad_paging_are_problems(string path, HttpStatusCode status, string detail) =>
        Problem.Is(status, detail, await server.Get(path));
}
