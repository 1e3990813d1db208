using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Truce.Server.Apis;
using Truce.Testing;

namespace Truce.Server.Tests;

public sealed class ImportsApiTests
{
    [Fact]
    public async Task The_public_and_an_analyst_may_not_import_and_nothing_is_written()
    {
        await using var server = await ImportServer.Start();
        server.Client.DefaultRequestHeaders.Authorization = null;
        var (status, problem) = await server.Post("/api/imports", UcdpSample.Rows(0, 5));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("sign in: this needs write-events", problem.GetProperty("detail").GetString());

        server.Client.DefaultRequestHeaders.Authorization = new("Bearer", TestUsers.Token(server.Db, "ana", Domain.Access.Role.Analyst).Token);
        (status, problem) = await server.Post("/api/imports", UcdpSample.Rows(0, 5));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("ana (analyst) may not do this: it needs write-events", problem.GetProperty("detail").GetString());
        Assert.Equal(0, server.Imports());
    }

    [Fact]
    public async Task A_UCDP_file_is_imported_with_a_201_receipt_and_its_events_are_served()
    {
        await using var server = await ImportServer.Start();
        var file = UcdpSample.Rows(100, 20);
        var (status, receipt) = await server.Post("/api/imports?name=syria-sample.csv", file);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(receipt.GetProperty("importId").GetInt64() > 0);
        Assert.Equal(("syria-sample.csv", "ucdp", 20L, 20L, 0L, 0L, 0L), Counts(receipt));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), receipt.GetProperty("sha256").GetString());

        var page = await server.Get("/api/events?limit=100");
        var served = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sourceId").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(UcdpFile.Events.Skip(100).Take(20).Select(e => e.SourceId).Order(StringComparer.Ordinal), served);

        // The same file again brings nothing new: 200, no import recorded.
        var (again, second) = await server.Post("/api/imports?name=syria-sample.csv", file);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(0, second.GetProperty("importId").GetInt64());
        Assert.Equal(("syria-sample.csv", "ucdp", 20L, 0L, 0L, 20L, 0L), Counts(second));
        Assert.Equal(1, server.Imports());
    }

    [Fact]
    public async Task An_ACLED_file_is_recognised_without_a_format()
    {
        await using var server = await ImportServer.Start();
        var (status, receipt) = await server.Post("/api/imports", Encoding.UTF8.GetBytes(AcledFixture.File));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("upload.csv", "acled", 3L, 3L, 0L, 0L, 0L), Counts(receipt));
    }

    [Fact]
    public async Task A_bad_row_is_a_400_naming_file_line_column_and_reason_and_nothing_is_written()
    {
        await using var server = await ImportServer.Start();

        // Ten good records, then one whose last field (high, the death toll's upper bound) is no number, then two more.
        var bad = UcdpSample.Record(10);
        var end = bad.Length - (bad[^2] == '\r' ? 2 : 1);
        var at = Array.LastIndexOf(bad, (byte)',', end - 1) + 1;
        var corrupt = (byte[])[.. bad[..at], .. "lots"u8, .. bad[end..]];
        byte[] file = [.. UcdpSample.Rows(0, 10), .. corrupt, .. UcdpSample.Record(11), .. UcdpSample.Record(12)];
        var before = UcdpSample.Rows(0, 10).Length + at;
        var line = 1 + file.AsSpan(0, before).Count((byte)'\n');
        var column = UcdpSample.Header.Count(b => b == ',') + 1;

        var (status, problem) = await server.Post("/api/imports?name=bad.csv", file);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("bad.csv", line, column, "high"),
            (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt64(), problem.GetProperty("column").GetInt32(), problem.GetProperty("field").GetString()));
        Assert.Equal("'lots' is not an integer", problem.GetProperty("reason").GetString());
        Assert.Equal($"bad.csv:{line}:{column} (high): 'lots' is not an integer", problem.GetProperty("detail").GetString());

        Assert.Equal(0, server.Imports());
        Assert.Empty((await server.Get("/api/events")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_body_past_Kestrels_default_30_MB_is_read_and_one_past_1_GiB_is_a_413()
    {
        await using var server = await ImportServer.Start();

        // 40 MB: read to the end (the default limit would have cut it), then refused for its content.
        byte[] big = [.. UcdpSample.Header, .. Enumerable.Repeat((byte)'x', 40 << 20)];
        var (status, problem) = await server.Post("/api/imports?name=big.csv", big);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("big.csv", problem.GetProperty("file").GetString());

        // A body announced past 1 GiB is refused before any of it is read.
        var response = await server.RawPost("/api/imports", contentLength: ImportsApi.MaxBytes + 1);
        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.Equal(0, server.Imports());
    }

    [Theory]
    [InlineData("/api/imports", "{\"type\": \"FeatureCollection\", \"features\": []}",
        "upload.csv:1: format not recognised: the header is neither UCDP GED, ACLED nor a Truce export (give ?format=; boundaries are imported with truce import)")]
    [InlineData("/api/imports?name=notes.csv", "date,what\n2016-12-01,a note\n",
        "notes.csv:1: format not recognised: the header is neither UCDP GED, ACLED nor a Truce export (give ?format=; boundaries are imported with truce import)")]
    [InlineData("/api/imports?format=admin-geojson", "{}", "format: 'admin-geojson' is not one of ucdp, acled, truce-csv")]
    public async Task A_file_in_no_event_format_is_a_400_and_nothing_is_written(string path, string body, string detail)
    {
        await using var server = await ImportServer.Start();
        Problem.Is(HttpStatusCode.BadRequest, detail, await server.Post(path, Encoding.UTF8.GetBytes(body)));
        Assert.Equal(0, server.Imports());
    }

    private static (string?, string?, long, long, long, long, long) Counts(JsonElement r) => (
        r.GetProperty("file").GetString(), r.GetProperty("format").GetString(), r.GetProperty("read").GetInt64(), r.GetProperty("added").GetInt64(),
        r.GetProperty("revised").GetInt64(), r.GetProperty("unchanged").GetInt64(), r.GetProperty("rejected").GetInt64());
}
