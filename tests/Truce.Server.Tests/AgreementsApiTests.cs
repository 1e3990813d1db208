using System.Net;

namespace Truce.Server.Tests;

public sealed class AgreementsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_list_holds_every_agreement_of_the_terms_file()
    {
        var (status, body) = await server.Get("/api/agreements");
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = body.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        var terms = File.ReadAllText(Truce.Testing.RepoFiles.Data("aleppo-2016", "terms.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(terms);
        Assert.Equal(doc.RootElement.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()), ids);
    }

    [Fact]
    public async Task The_cessation_of_hostilities_is_in_force_from_27_February_2016_with_three_readings()
    {
        var (status, a1) = await server.Get("/api/agreements/A1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2016-02-27", a1.GetProperty("from").GetProperty("day").GetString());
        Assert.Equal(["Syria"], a1.GetProperty("scope").GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(a1.GetProperty("parties").EnumerateArray(), p => p.GetProperty("actorId").GetString() == "ucdp:118" && p.GetProperty("actorName").GetString() == "Government of Syria");
        var readings = a1.GetProperty("readings").EnumerateArray().ToDictionary(r => r.GetProperty("stakeholder").GetString()!);
        Assert.Equal(["us", "ru", "un-envoy"], readings.Keys);
        Assert.Equal("formal-listing-only", readings["us"].GetProperty("renamings").GetString());
        Assert.Equal("follows-group", readings["ru"].GetProperty("renamings").GetString());
        Assert.Equal(["un", "ru"], readings["ru"].GetProperty("authorities").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("D15", readings["us"].GetProperty("source").GetProperty("row").GetString());
        Assert.Equal("Jabhat al-Nusra", readings["us"].GetProperty("named").EnumerateArray().Single(n => n.GetProperty("actorId").GetString() == "ucdp:1170").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_agreement_is_a_404_problem() =>
        Problem.Is(HttpStatusCode.NotFound, "no agreement with id 'A7'", await server.Get("/api/agreements/A7"));
}
