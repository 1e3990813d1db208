using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Truce.Domain.Events;
using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary>Several <c>truce serve</c> processes over one PostgreSQL database, as behind a load balancer.</summary>
public sealed class ServeOnPostgresTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_servers_on_one_PostgreSQL_database_see_each_others_writes()
    {
        using var schema = PostgresSchema.Create();
        var (first, second) = (UcdpSample.Events(0, 25), UcdpSample.Events(12_000, 25));
        Assert.Empty(first.Select(e => e.SourceId).Intersect(second.Select(e => e.SourceId)));

        // Started together: both create the schema's tables on their first request, one of them waits for the other.
        var starting = new[] { ServeProcess.Start(schema.ConnectionString, StartTimeout), ServeProcess.Start(schema.ConnectionString, StartTimeout) };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            // Whatever started is stopped when the other did not.
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                (await started).Dispose();
            }

            throw;
        }

        using var a = await starting[0];
        using var b = await starting[1];

        // Imports are for monitors: one added now, its token sent to both servers.
        Assert.Equal(0, Truce.RunWithInput("a-long-password\n", "users", "add", "mon", "--role", "monitor", "--db", schema.ConnectionString).Exit);
        var token = Truce.Run("tokens", "create", "mon", "--db", schema.ConnectionString).Out.Trim();
        a.Client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        b.Client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // Each server's map data is read once now (no events) and must be read again after the other's write.
        Assert.Equal(0, (await Bins(a)).Events);
        Assert.Equal(0, (await Bins(b)).Events);

        await Import(a, "first.csv", UcdpSample.Rows(0, 25), added: 25);
        await Sees(b, first);
        await Sees(a, first);

        await Import(b, "second.csv", UcdpSample.Rows(12_000, 25), added: 25);
        await Sees(a, [.. first, .. second]);
        await Sees(b, [.. first, .. second]);
    }

    private static async Task Import(ServeProcess server, string name, byte[] file, long added)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new("text/csv");
        using var response = await server.Client.PostAsync(new Uri($"/api/imports?name={name}", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {receipt}\n{server.Output}");
        Assert.Equal((name, added), (receipt.GetProperty("file").GetString(), receipt.GetProperty("added").GetInt64()));
    }

    /// <summary>Checks the server lists exactly <paramref name="events"/>, counts them by year, and maps them (through its map cache).</summary>
    private static async Task Sees(ServeProcess server, IReadOnlyList<ConflictEvent> events)
    {
        var page = await Get(server, "/api/events?limit=1000");
        Assert.Equal(
            events.Select(e => e.SourceId).Order(StringComparer.Ordinal),
            page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sourceId").GetString()!).Order(StringComparer.Ordinal));

        var stats = await Get(server, "/api/stats?by=year");
        Assert.Equal(
            events.GroupBy(e => e.DateStart.Year).OrderBy(g => g.Key).Select(g => ($"{g.Key}", (long)g.Count())),
            stats.EnumerateArray().Select(r => (r.GetProperty("period").GetString()!, r.GetProperty("events").GetInt64())));

        Assert.Equal((events.Count, events.Sum(e => (long)e.Best)), await Bins(server));
    }

    /// <summary>Events and deaths (best) on the whole map, from the server's in-memory map data.</summary>
    private static async Task<(long Events, long Best)> Bins(ServeProcess server)
    {
        var bins = await Get(server, "/api/bins?cell=10");
        return (bins.GetProperty("events").GetInt64(), bins.GetProperty("best").GetInt64());
    }

    private static async Task<JsonElement> Get(ServeProcess server, string path) =>
        await server.Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
}
