using System.Net;
using System.Text.Json;

namespace Truce.Server.Tests;

public sealed class EventsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Events_are_filtered_by_day_and_code_and_paged_with_next_links()
    {
        const string filter = "from=2016-12-01&to=2016-12-15&admin=SY02";
        var (status, whole) = await server.Get($"/api/events?{filter}&limit=1000");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, whole.TryGetProperty("next", out var none) ? none.ValueKind : JsonValueKind.Null);
        var expected = whole.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.InRange(expected.Count, 41, 1000);
        Assert.All(whole.GetProperty("items").EnumerateArray(), e =>
        {
            Assert.InRange(string.CompareOrdinal(e.GetProperty("dateStart").GetString(), "2016-12-01"), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(e.GetProperty("dateStart").GetString(), "2016-12-15"), int.MinValue, 0);
            Assert.Equal("SY02", e.GetProperty("admin1").GetString());
        });

        var paged = new List<string?>();
        var path = $"/api/events?{filter}&limit=20";
        for (var pages = 0; path is not null; pages++)
        {
            Assert.True(pages < 100, "paging does not end");
            var (_, page) = await server.Get(path);
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("key").GetString()));
            path = page.TryGetProperty("next", out var next) ? new Uri(next.GetString()!).PathAndQuery : null;
        }

        Assert.Equal(expected, paged);
    }

    [Theory]
    [InlineData("/api/events?from=2016-13-01", "from: '2016-13-01' is not a date (YYYY-MM-DD)")]
    [InlineData("/api/events?bbox=36,35,37", "bbox: '36,35,37' is not four numbers west,south,east,north")]
    [InlineData("/api/events?bbox=38,35,37,36", "bbox: '38,35,37,36' is not a box in WGS 84 (west <= east within -180..180, south <= north within -90..90)")]
    [InlineData("/api/events?bbox=NaN,35,37,36", "bbox: 'NaN,35,37,36' is not four numbers west,south,east,north")]
    [InlineData("/api/events?bbox=36,35,Infinity,36", "bbox: '36,35,Infinity,36' is not four numbers west,south,east,north")]
    [InlineData("/api/events?limit=0", "limit: 0 is outside 1..10000")]
    [InlineData("/api/events?offset=-5", "offset: -5 is negative")]
    public async Task Bad_query_values_are_a_400_problem_naming_the_parameter(string path, string detail)
    {
        var (status, body) = await server.Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, body.GetProperty("detail").GetString());
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }
}
