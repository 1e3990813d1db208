using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Truce.Server.Tests.Sites;

/// <summary>The packed binary form of a batch check (<c>application/octet-stream</c>): the same answers and log as JSON, and strict errors naming the byte.</summary>
public sealed class PackedBatchApiTests(SiteServer server) : IClassFixture<SiteServer>
{
    private static readonly DateTimeOffset From = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (double Lon, double Lat)[] Points = [(38.5, 35.0), (SiteServer.HospitalLongitude, SiteServer.HospitalLatitude), (38.6, 35.1)];

    [Fact]
    public async Task A_packed_batch_is_answered_exactly_as_the_same_batch_in_json_and_logged_alike()
    {
        var (jsonStatus, jsonBody, r1) = await server.Send("POST", "/api/checks/batch", "alpha", new
        {
            radiusMetres = 20,
            from = "2026-12-01T00:00:00Z",
            to = "2026-12-02T00:00:00Z",
            points = Points.Select(p => new[] { p.Lon, p.Lat }).ToArray(),
        });
        r1.Dispose();
        var (packedStatus, packedBody) = await Post(Packed(20, From, From.AddDays(1), Points));
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal(HttpStatusCode.OK, packedStatus);
        Assert.Equal(jsonBody, packedBody);
        Assert.Equal(1, JsonDocument.Parse(packedBody).RootElement.GetProperty("conflicts")[0].GetProperty("index").GetInt32());

        var (_, log, r2) = await server.Send("GET", "/api/deconfliction/checks?principal=user:alpha-ops&limit=10000", "monitor");
        r2.Dispose();
        var last = JsonDocument.Parse(log).RootElement.EnumerateArray().TakeLast(2).ToArray();
        foreach (var entry in last)
        {
            Assert.Equal("answered", entry.GetProperty("outcome").GetString());
            Assert.Equal(3, entry.GetProperty("targetCount").GetInt32());
            Assert.Equal(20, entry.GetProperty("radiusMetres").GetDouble());
            Assert.Equal(From, entry.GetProperty("from").GetDateTimeOffset());
        }

        Assert.Equal(last[0].GetProperty("targets").GetRawText(), last[1].GetProperty("targets").GetRawText());
    }

    [Theory]
    [InlineData("magic", "magic: not a packed batch check; the body must start with the ASCII bytes \"TRCB\" (byte 0)")]
    [InlineData("version", "version: 2 is not supported; the version is 1 (byte 4)")]
    [InlineData("flags", "flags: must be 0 in version 1 (byte 6)")]
    [InlineData("radius", "radiusMetres: NaN is outside 0..50000 (byte 8)")]
    [InlineData("from", "from: 9223372036854775807 is not a time in Unix milliseconds (byte 16)")]
    [InlineData("window", "to: the window ends before it starts (byte 24)")]
    [InlineData("none", "count: at least one point (byte 32)")]
    [InlineData("many", "count: 5000001 points, more than 5,000,000; split the batch (byte 32)")]
    [InlineData("reserved", "reserved: must be 0 (byte 36)")]
    [InlineData("short", "body: 80 bytes, but a header announcing 3 points needs 40 + 16 × 3 = 88 (byte 80)")]
    [InlineData("long", "body: 96 bytes, but a header announcing 3 points needs 40 + 16 × 3 = 88 (byte 88)")]
    [InlineData("header", "header: the body ends at byte 12; the header alone is 40 bytes (byte 12)")]
    [InlineData("longitude", "points[1]: longitude 200 is outside -180..180 (byte 56)")]
    [InlineData("latitude", "points[2]: latitude NaN is outside -90..90 (byte 80)")]
    public async Task A_bad_packed_batch_is_a_400_naming_the_field_the_reason_and_the_byte(string fault, string detail)
    {
        var body = Packed(20, From, From.AddDays(1), Points);
        var h = body.AsSpan();
        switch (fault)
        {
            case "magic": h[0] = (byte)'X'; break;
            case "version": BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 2); break;
            case "flags": BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 1); break;
            case "radius": BinaryPrimitives.WriteDoubleLittleEndian(h[8..], double.NaN); break;
            case "from": BinaryPrimitives.WriteInt64LittleEndian(h[16..], long.MaxValue); break;
            case "window": BinaryPrimitives.WriteInt64LittleEndian(h[24..], From.AddSeconds(-1).ToUnixTimeMilliseconds()); break;
            case "none": BinaryPrimitives.WriteUInt32LittleEndian(h[32..], 0); break;
            case "many": BinaryPrimitives.WriteUInt32LittleEndian(h[32..], 5_000_001); break;
            case "reserved": BinaryPrimitives.WriteUInt32LittleEndian(h[36..], 7); break;
            case "short": body = body[..80]; break;
            case "long": body = [.. body, .. new byte[8]]; break;
            case "header": body = body[..12]; break;
            case "longitude": BinaryPrimitives.WriteDoubleLittleEndian(h[56..], 200); break;
            case "latitude": BinaryPrimitives.WriteDoubleLittleEndian(h[80..], double.NaN); break;
        }

        var (status, text) = await Post(body);
        Assert.Equal((HttpStatusCode.BadRequest, detail), (status, Problem.Detail(text)));
        Assert.Equal(detail, Problem.Detail(text));
    }

    [Theory]
    [InlineData(80, "body: ends at byte 80, but the header announces 3 points (88 bytes) (byte 80)")]
    [InlineData(96, "body: longer than the 88 bytes its header announces (byte 88)")]
    public async Task Without_a_content_length_a_body_of_the_wrong_length_is_a_400_at_the_byte_it_ends_or_overruns(int length, string detail)
    {
        var body = Packed(20, From, From.AddDays(1), Points);
        body = length < body.Length ? body[..length] : [.. body, .. new byte[length - body.Length]];
        var (status, text) = await Post(body, chunked: true);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, Problem.Detail(text));
    }

    /// <summary>A packed batch: the 40-byte header, then longitude and latitude of each point.</summary>
    private static byte[] Packed(double radius, DateTimeOffset from, DateTimeOffset to, (double Lon, double Lat)[] points)
    {
        var body = new byte[40 + (16 * points.Length)];
        var h = body.AsSpan();
        "TRCB"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 1);
        BinaryPrimitives.WriteDoubleLittleEndian(h[8..], radius);
        BinaryPrimitives.WriteInt64LittleEndian(h[16..], from.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64LittleEndian(h[24..], to.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteUInt32LittleEndian(h[32..], (uint)points.Length);
        for (var i = 0; i < points.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(h[(40 + (16 * i))..], points[i].Lon);
            BinaryPrimitives.WriteDoubleLittleEndian(h[(48 + (16 * i))..], points[i].Lat);
        }

        return body;
    }

    private async Task<(HttpStatusCode Status, string Body)> Post(byte[] body, bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/checks/batch", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", server.Tokens["alpha"]);
        request.Content = chunked ? new StreamContent(new UnseekableStream(body)) : new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A stream of unknown length, so the client sends the body chunked, with no Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
