using System.Net;

namespace Truce.Server.Tests;

public sealed class StatsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Stats_by_year_count_the_events_and_deaths_of_the_UCDP_file()
    {
        var (status, body) = await server.Get("/api/stats?by=year");
        Assert.Equal(HttpStatusCode.OK, status);
        var expected = UcdpFile.Events.GroupBy(e => e.DateStart.Year).OrderBy(g => g.Key)
            .Select(g => ($"{g.Key}", (long)g.Count(), g.Sum(e => (long)e.Best), g.Sum(e => (long)e.Low), g.Sum(e => (long)e.High))).ToList();
        var served = body.EnumerateArray()
            .Select(r => (r.GetProperty("period").GetString()!, r.GetProperty("events").GetInt64(), r.GetProperty("best").GetInt64(), r.GetProperty("low").GetInt64(), r.GetProperty("high").GetInt64())).ToList();
        Assert.Equal(expected, served);
    }

    [Fact]
    public async Task Stats_by_month_and_admin1_within_days_match_the_file_for_Aleppo()
    {
        var (status, body) = await server.Get("/api/stats?by=month&group=source-admin1&from=2016-12-01&to=2016-12-31");
        Assert.Equal(HttpStatusCode.OK, status);
        var aleppo = body.EnumerateArray().Single(r => r.GetProperty("group").GetString() == "Aleppo Governorate");
        Assert.Equal("2016-12", aleppo.GetProperty("period").GetString());
        var december = UcdpFile.Events.Where(e => e.DateStart >= new DateOnly(2016, 12, 1) && e.DateStart <= new DateOnly(2016, 12, 31) && e.Admin1Name == "Aleppo Governorate").ToList();
        Assert.Equal(december.Count, aleppo.GetProperty("events").GetInt64());
        Assert.Equal(december.Sum(e => (long)e.Best), aleppo.GetProperty("best").GetInt64());
    }

    [Theory]
    [InlineData("/api/stats?by=decade", "by: 'decade' is not one of day, week, month, year")]
    [InlineData("/api/stats?group=city", "group: 'city' is not one of none, admin1, admin2, admin3, source-admin1, dyad, actor1")]
    [InlineData("/api/stats?from=2016-02-30", "from: '2016-02-30' is not a date (YYYY-MM-DD)")]
    public async Task Bad_stats_values_are_a_400_problem_naming_the_parameter(string path, string detail) =>
        Problem.Is(HttpStatusCode.BadRequest, detail, await server.Get(path));
}
