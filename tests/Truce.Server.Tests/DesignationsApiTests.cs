using System.Net;

namespace Truce.Server.Tests;

public sealed class DesignationsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_US_listings_of_Nusra_include_the_2014_listing_and_the_JFS_alias_of_10_November_2016()
    {
        var (status, body) = await server.Get("/api/designations?authority=us&actor=ucdp:1170");
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("us", r.GetProperty("authority").GetString()));
        Assert.All(rows, r => Assert.Equal("ucdp:1170", r.GetProperty("actorId").GetString()));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("id").GetString(), r.GetProperty("source").GetProperty("row").GetString()));
        var d15 = rows.Single(r => r.GetProperty("id").GetString() == "D15");
        Assert.Equal("2016-11-10", d15.GetProperty("from").GetString());
        Assert.Equal("designations.csv", d15.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal("US State Department (FTO/SDGT)", d15.GetProperty("authorityName").GetString());
        Assert.Equal("2014-05-14", rows.Single(r => r.GetProperty("id").GetString() == "D14").GetProperty("from").GetString());
    }

    [Fact]
    public async Task An_actor_may_be_named_instead_of_given_by_id()
    {
        var (_, byId) = await server.Get("/api/designations?actor=ucdp:1170");
        var (_, byName) = await server.Get("/api/designations?actor=Jabhat%20al-Nusra");
        Assert.Equal(byId.EnumerateArray().Select(r => r.GetProperty("id").GetString()), byName.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(byId.EnumerateArray(), r => r.GetProperty("authority").GetString() == "un");
    }

    [Theory]
    [InlineData("/api/designations?authority=xx", "no authority 'xx'")]
    [InlineData("/api/designations?actor=Nobody%20Brigade", "no actor with id or name 'Nobody Brigade'")]
    public async Task Unknown_authorities_and_actors_are_404_problems(string path, string detail) =>
        Problem.Is(HttpStatusCode.NotFound, detail, await server.Get(path));
}
