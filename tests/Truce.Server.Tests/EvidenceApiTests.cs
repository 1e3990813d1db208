using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Truce.Domain.Events;
using Truce.Domain.Sources;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>Evidence files, sources and grades through a real server over a real SQLite file, with real UCDP events.</summary>
public sealed class EvidenceApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(ImportServer Server, string EventId)> Start()
    {
        var server = await ImportServer.Start();
        var (status, _) = await server.Post("/api/imports?name=ged.csv", UcdpSample.Rows(0, 5));
        Assert.Equal(HttpStatusCode.Created, status);
        return (server, UcdpSample.Events(0, 5)[2].SourceId);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostFile(ImportServer server, string path, byte[] bytes, string contentType)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(contentType);
        using var response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);
        return await Read(response);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Send(ImportServer server, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        using var response = await server.Client.SendAsync(request, Cancel);
        return await Read(response);
    }

    [Fact]
    public async Task A_file_is_added_by_hash_and_the_same_bytes_again_are_a_duplicate_with_both_additions_kept()
    {
        var (server, _) = await Start();
        await using var _s = server;
        var photo = RandomNumberGenerator.GetBytes(50_000);
        var sha = Convert.ToHexStringLower(SHA256.HashData(photo));

        var (status, receipt) = await PostFile(server, "/api/evidence?name=crater.jpg", photo, "image/jpeg");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((sha, 50_000L, "image/jpeg", false, "user:monitor"), (receipt.GetProperty("sha256").GetString(), receipt.GetProperty("bytes").GetInt64(),
            receipt.GetProperty("mediaType").GetString(), receipt.GetProperty("duplicate").GetBoolean(), receipt.GetProperty("author").GetString()));

        var (again, duplicate) = await PostFile(server, "/api/evidence?name=copy.jpg&mediaType=image/jpeg", photo, "application/octet-stream");
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());

        using var response = await server.Client.GetAsync(new Uri($"/api/evidence/{sha}?verify=true", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(photo, await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"\"{sha}\"", response.Headers.ETag!.Tag);

        var custody = await server.Get($"/api/evidence/{sha}/custody");
        Assert.Equal(["crater.jpg", "copy.jpg"], custody.GetProperty("additions").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var files = Directory.GetFiles(server.Db + ".blobs", "*", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(server.Db + ".blobs", "sha256", sha[..2], sha)], files);
    }

    [Fact]
    public async Task A_corrupted_file_is_refused_on_a_verified_read()
    {
        var (server, _) = await Start();
        await using var _s = server;
        var (_, receipt) = await PostFile(server, "/api/evidence?name=w.txt", Encoding.UTF8.GetBytes("the witness statement"), "text/plain");
        var sha = receipt.GetProperty("sha256").GetString()!;
        var path = Path.Combine(server.Db + ".blobs", "sha256", sha[..2], sha);
        File.Delete(path); // read-only file in a writable folder: replace it with other bytes of the same size
        await File.WriteAllTextAsync(path, "the witness statemenT", Cancel);

        using var response = await server.Client.GetAsync(new Uri($"/api/evidence/{sha}?verify=true", UriKind.Relative), Cancel);
        var (status, problem) = await Read(response);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("the stored bytes hash to", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_evidence_requests_are_400_problems_naming_the_field()
    {
        var (server, _) = await Start();
        await using var _s = server;
        var (status, problem) = await PostFile(server, "/api/evidence?name=../../x.jpg", [1, 2, 3], "image/jpeg");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("name: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        (status, problem) = await PostFile(server, "/api/evidence?name=a.bin&mediaType=nonsense", [1, 2, 3], "image/jpeg");
        Assert.StartsWith("mediaType: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var bad = await server.Client.GetAsync(new Uri("/api/evidence/..%2F..%2Fetc%2Fpasswd", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var missing = await server.Client.GetAsync(new Uri($"/api/evidence/{new string('0', 64)}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(Directory.Exists(server.Db + ".blobs") ? Directory.GetFiles(server.Db + ".blobs", "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task A_source_is_cited_for_an_event_and_a_confidential_one_is_served_redacted()
    {
        var (server, id) = await Start();
        await using var _s = server;
        var (status, created) = await Send(server, HttpMethod.Post, "/api/sources", new
        {
            url = "https://www.syriahr.com/en/1",
            publisher = "SOHR",
            published = "2016-01-02",
            quote = "Warplanes struck the town",
            subjects = new[] { $"ucdp:{id}" },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        var publicId = created.GetProperty("id").GetInt64();
        (status, _) = await Send(server, HttpMethod.Post, "/api/sources", new
        {
            url = "https://example.org/witness",
            publisher = "Witness W-17",
            quote = "I saw two aircraft",
            confidential = true,
            subjects = new[] { $"ucdp-ged:{id}" },
        });
        Assert.Equal(HttpStatusCode.Created, status);

        // The monitor who recorded it sees the witness; an analyst and the public do not.
        var unredacted = (await server.Get($"/api/events/ucdp-ged/{id}/sources")).EnumerateArray().Select(l => l.GetProperty("source")).ToList();
        Assert.Equal(("Witness W-17", false), (unredacted[1].GetProperty("publisher").GetString(), unredacted[1].GetProperty("redacted").GetBoolean()));
        server.Client.DefaultRequestHeaders.Authorization = new("Bearer", TestUsers.Token(server.Db, "ana", Domain.Access.Role.Analyst).Token);
        Assert.False((await server.Get($"/api/events/ucdp-ged/{id}/sources"))[1].GetProperty("source").TryGetProperty("publisher", out _));
        server.Client.DefaultRequestHeaders.Authorization = null;
        var sources = (await server.Get($"/api/events/ucdp-ged/{id}/sources")).EnumerateArray().Select(l => l.GetProperty("source")).ToList();
        Assert.Equal(2, sources.Count);
        Assert.Equal(("SOHR", "2016-01-02", false), (sources[0].GetProperty("publisher").GetString(), sources[0].GetProperty("published").GetString(), sources[0].GetProperty("redacted").GetBoolean()));
        Assert.False(sources[1].TryGetProperty("publisher", out _));
        Assert.False(sources[1].TryGetProperty("url", out _));
        Assert.True(sources[1].GetProperty("redacted").GetBoolean());
        Assert.Equal("I saw two aircraft", sources[1].GetProperty("quote").GetString());
        Assert.Equal("SOHR", (await server.Get($"/api/sources/{publicId}")).GetProperty("publisher").GetString());

        using var store = SqliteEventStore.Open(server.Db); // the store keeps the identity
        Assert.Equal("Witness W-17", store.SourcesOf(SubjectKey.ForEvent(EventDataset.UcdpGed, id))[1].Source.Publisher);
    }

    [Fact]
    public async Task Bad_sources_are_400_problems_and_write_nothing()
    {
        var (server, id) = await Start();
        await using var _s = server;
        var cases = new (object Body, string Field)[]
        {
            (new { publisher = "Nobody" }, "url"),
            (new { url = "ftp://a.org/x" }, "url"),
            (new { url = "https://a.org/x", published = "2016-13-01" }, "published"),
            (new { url = "https://a.org/x", subjects = new[] { "ucdp-ged:999999999" } }, "subjects"),
            (new { url = "https://a.org/x", subjects = new[] { "nonsense" } }, "subjects"),
            (new { quote = "q", sha256 = new string('a', 64), subjects = new[] { $"ucdp:{id}" } }, "sha256"),
        };
        foreach (var (body, field) in cases)
        {
            var (status, problem) = await Send(server, HttpMethod.Post, "/api/sources", body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.StartsWith(field + ": ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty((await server.Get($"/api/events/ucdp/{id}/sources")).EnumerateArray());
    }

    [Fact]
    public async Task A_grade_is_revised_and_its_history_kept()
    {
        var (server, id) = await Start();
        await using var _s = server;
        var empty = await server.Get($"/api/events/ucdp-ged/{id}/grade");
        Assert.False(empty.TryGetProperty("current", out _));

        var (status, _) = await Send(server, HttpMethod.Put, $"/api/events/ucdp-ged/{id}/grade", new { grade = "weak", reason = "single source" });
        Assert.Equal(HttpStatusCode.OK, status);
        (status, var grade) = await Send(server, HttpMethod.Put, $"/api/events/ucdp/{id}/grade", new { grade = "Fair", reason = "second source with video" });
        Assert.Equal(HttpStatusCode.OK, status);

        Assert.Equal(("fair", "second source with video"), (grade.GetProperty("current").GetProperty("grade").GetString(), grade.GetProperty("current").GetProperty("reason").GetString()));
        Assert.Equal(["weak", "fair"], (await server.Get($"/api/events/ucdp-ged/{id}/grade")).GetProperty("history").EnumerateArray().Select(g => g.GetProperty("grade").GetString()));

        (status, var problem) = await Send(server, HttpMethod.Put, $"/api/events/ucdp-ged/{id}/grade", new { grade = "likely", reason = "x" });
        Assert.Equal((HttpStatusCode.BadRequest, true), (status, problem.GetProperty("detail").GetString()!.StartsWith("grade: ", StringComparison.Ordinal)));
        (status, problem) = await Send(server, HttpMethod.Put, $"/api/events/ucdp-ged/{id}/grade", new { grade = "confirmed" });
        Assert.Equal((HttpStatusCode.BadRequest, true), (status, problem.GetProperty("detail").GetString()!.StartsWith("reason: ", StringComparison.Ordinal)));
        (status, _) = await Send(server, HttpMethod.Put, "/api/events/ucdp-ged/999999999/grade", new { grade = "confirmed", reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(2, (await server.Get($"/api/events/ucdp-ged/{id}/grade")).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Only_callers_who_may_write_events_add_evidence_the_public_is_asked_to_sign_in_and_an_analyst_is_refused()
    {
        await using var server = await ImportServer.Start();
        server.Client.DefaultRequestHeaders.Authorization = null;
        var (status, _) = await PostFile(server, "/api/evidence?name=a.txt", [1], "text/plain");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        server.Client.DefaultRequestHeaders.Authorization = new("Bearer", TestUsers.Token(server.Db, "ana", Domain.Access.Role.Analyst).Token);
        (status, _) = await PostFile(server, "/api/evidence?name=a.txt", [1], "text/plain");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
