using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Truce.Domain.Access;
using Truce.Domain.Deconfliction;
using Truce.Domain.Spatial;
using Truce.Server.Hosting;
using Truce.Storage.Access;
using Truce.Storage.Engines;
using Truce.Storage.Sites;

namespace Truce.Bench;

/// <summary>
/// Strike checks over HTTP (issue 7): <c>checks-http DB [SECONDS] [CONNECTIONS]</c> fills DB (a
/// SQLite path or a PostgreSQL connection string) with 10,000 random point sites of 500 m over
/// Syria's bounding box, starts the real server in this process on loopback, and drives
/// <c>POST /api/checks</c> from CONNECTIONS keep-alive connections (one request in flight each,
/// raw sockets, precomputed requests over 1,000 random targets) for SECONDS, then times
/// <c>POST /api/checks/batch</c> with 1,000,000 points five times as JSON, then five times packed
/// (<c>application/octet-stream</c>), checking both get the same answer. Every check is authenticated,
/// budgeted, seen by the probing detector, logged durably and padded to its deadline, as in production.
/// </summary>
internal static class CheckHttpBench
{
    private const double MinLon = 35.7, MaxLon = 42.4, MinLat = 32.3, MaxLat = 37.3;

    public static int Run(string db, int seconds, int connections)
    {
        var token = Prepare(db);
        var app = TruceServer.Build(new ServerOptions(db, "http://127.0.0.1:0"));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            Console.WriteLine($"checks-http: {Databases.Describe(db)}; 10,000 sites of 500 m; {connections} connections; {Environment.ProcessorCount} cores");
            // The ceiling: the same server, generator and connections on an endpoint that does nothing (GET /api/auth/me, public).
            Singles(address, token, seconds, connections, baseline: true);
            Singles(address, token, seconds, connections, baseline: false);
            Batches(address, token);
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return 0;
    }

    /// <summary>
    /// <c>checks-serve DB [h2c]</c>: fills DB as <see cref="Run"/> does, starts the same server on a free
    /// loopback port, prints one line "URL TOKEN PID" on stdout, and serves until stdin closes — for an
    /// outside load generator (<c>bench/checks-wrk</c>, <c>bench/checks-h2load</c>). With <c>h2c</c>, also on a
    /// second free port for HTTP/2 without TLS (<see cref="ServerOptions.H2cUrls"/>), whose URL ends the line.
    /// With a BODIES folder too, writes there the bodies of 16 single checks for a generator that cannot vary its
    /// body (h2load): 14 random targets as <see cref="Singles"/> draws them (2 of them conflict) and 2 at sites, so
    /// 4 of the 16 conflict (random targets: about 12 %).
    /// </summary>
    public static int Serve(string db, bool h2c = false, string? bodies = null)
    {
        var token = Prepare(db);
        if (bodies is not null)
        {
            WriteBodies(bodies);
        }

        var app = TruceServer.Build(new ServerOptions(db, "http://127.0.0.1:0", H2cUrls: h2c ? "http://127.0.0.1:0" : null));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Console.WriteLine($"{addresses.First()} {token} {Environment.ProcessId}{(h2c ? $" {addresses.Last()}" : "")}");
            Console.Out.Flush();
            while (Console.In.Read() >= 0)
            {
                // Serve until stdin closes.
            }
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return 0;
    }

    private static void WriteBodies(string folder)
    {
        Directory.CreateDirectory(folder);
        var (targets, sites) = (new Random(5), new Random(11)); // Singles' targets; Prepare's first sites
        for (var i = 0; i < 16; i++)
        {
            var random = i % 8 == 7 ? sites : targets;
            var lon = (MinLon + (random.NextDouble() * (MaxLon - MinLon))).ToString("F6", CultureInfo.InvariantCulture);
            var lat = (MinLat + (random.NextDouble() * (MaxLat - MinLat))).ToString("F6", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"{i}.json"),
                $$"""{"target":{"type":"Point","coordinates":[{{lon}},{{lat}}]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""");
        }
    }

    private static string Prepare(string db)
    {
        var random = new Random(11);
        using var store = Databases.Open(db);
        if (store.Sites().Count == 0)
        {
            var notices = new List<SiteNotice>();
            for (var i = 0; i < 10_000; i++)
            {
                notices.Add(new SiteNotice(new ProtectedSite
                {
                    Id = $"bench-{i}",
                    Owner = "bench",
                    Category = (SiteCategory)(i % 11),
                    Geometry = Wgs84.Point(MinLon + (random.NextDouble() * (MaxLon - MinLon)), MinLat + (random.NextDouble() * (MaxLat - MinLat))),
                    RadiusMetres = 500,
                    Contact = new ContactChannel($"desk {i % 20}"),
                }, []));
            }

            store.NotifySites(notices, "bench");
        }

        store.SetBudget("*", 1_000_000_000_000, "bench");
        store.SetBudget("global", 1_000_000_000_000, "bench");
        var user = store.FindUser("bench-party") ?? store.AddUser(new NewUser("bench-party", Role.Party, "bench", PasswordHash.Create("bench-password", 1_000)));
        var (token, sha) = TokenSecret.New();
        store.CreateToken(new NewToken(user.Id, sha, Permissions.All, TokenKind.Api, DateTimeOffset.UtcNow.AddDays(1)));
        return token;
    }

    private static void Singles(Uri address, string token, int seconds, int connections, bool baseline)
    {
        var random = new Random(5);
        var requests = Enumerable.Range(0, 1_000).Select(_ =>
        {
            var lon = (MinLon + (random.NextDouble() * (MaxLon - MinLon))).ToString("F6", CultureInfo.InvariantCulture);
            var lat = (MinLat + (random.NextDouble() * (MaxLat - MinLat))).ToString("F6", CultureInfo.InvariantCulture);
            var body = $$"""{"target":{"type":"Point","coordinates":[{{lon}},{{lat}}]},"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z"}""";
            return baseline
                ? Encoding.ASCII.GetBytes($"GET /api/auth/me HTTP/1.1\r\nHost: {address.Authority}\r\n\r\n")
                : Encoding.ASCII.GetBytes($"POST /api/checks HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        }).ToArray();

        long done = 0, conflicts = 0, failures = 0;
        var measuring = false;
        var latencies = new List<double>[connections];
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            latencies[c] = [];
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(address.Host, address.Port);
            var buffer = new byte[8_192];
            var i = c;
            while (!stop.IsCancellationRequested)
            {
                var request = requests[i++ % requests.Length];
                var started = Stopwatch.GetTimestamp();
                await socket.SendAsync(request);
                var (status, body) = await ReadResponse(socket, buffer);
                if (!measuring)
                {
                    continue;
                }

                latencies[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status != 200)
                {
                    Interlocked.Increment(ref failures);
                }
                else if (body.Contains("conflict", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref conflicts);
                }

                Interlocked.Increment(ref done);
            }
        })).ToArray();

        Thread.Sleep(3_000); // warm up: JIT, connection set-up, the first groups of the log
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        measuring = true;
        Thread.Sleep(seconds * 1_000);
        measuring = false;
        var elapsed = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var count = Interlocked.Read(ref done);
        stop.Cancel();
        Task.WaitAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(baseline ? "baseline, GET /api/auth/me as the public (no check, no log, no deadline)" : "single checks")}: {count / elapsed:N0}/s over {elapsed:F1} s ({count:N0} answered, {conflicts:N0} conflicts, {failures:N0} not 200); latency p50 {all[all.Length / 2]:F2} ms, p99 {all[(int)(all.Length * 0.99)]:F2} ms; process CPU {used / elapsed:F2} cores (server and load generator)"));
    }

    private static void Batches(Uri address, string token)
    {
        var random = new Random(9);
        var from = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var json = new StringBuilder("""{"radiusMetres":100,"from":"2026-12-01T00:00:00Z","to":"2026-12-01T06:00:00Z","points":[""");
        var packed = new byte[40 + (16 * 1_000_000)];
        "TRCB"u8.CopyTo(packed);
        BinaryPrimitives.WriteUInt16LittleEndian(packed.AsSpan(4), 1);
        BinaryPrimitives.WriteDoubleLittleEndian(packed.AsSpan(8), 100);
        BinaryPrimitives.WriteInt64LittleEndian(packed.AsSpan(16), from.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64LittleEndian(packed.AsSpan(24), from.AddHours(6).ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteUInt32LittleEndian(packed.AsSpan(32), 1_000_000);
        for (var i = 0; i < 1_000_000; i++)
        {
            // The same six-decimal points both ways, so both forms ask exactly the same checks.
            var lon = (MinLon + (random.NextDouble() * (MaxLon - MinLon))).ToString("F6", CultureInfo.InvariantCulture);
            var lat = (MinLat + (random.NextDouble() * (MaxLat - MinLat))).ToString("F6", CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "[" : ",[").Append(lon).Append(',').Append(lat).Append(']');
            BinaryPrimitives.WriteDoubleLittleEndian(packed.AsSpan(40 + (16 * i)), double.Parse(lon, CultureInfo.InvariantCulture));
            BinaryPrimitives.WriteDoubleLittleEndian(packed.AsSpan(48 + (16 * i)), double.Parse(lat, CultureInfo.InvariantCulture));
        }

        var body = Encoding.ASCII.GetBytes(json.Append("]}").ToString());
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var answers = new List<string>();
        foreach (var (name, bytes, type) in new[] { ("JSON", body, "application/json"), ("packed", packed, "application/octet-stream") })
        {
            var times = new List<double>();
            for (var round = 0; round < 6; round++)
            {
                using var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new(type);
                var started = Stopwatch.GetTimestamp();
                using var response = client.PostAsync(new Uri("/api/checks/batch", UriKind.Relative), content).GetAwaiter().GetResult();
                var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"batch: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
                }

                if (round == 0)
                {
                    answers.Add(text); // round 0 warms up
                }
                else
                {
                    times.Add(ms);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  batch of 1,000,000 points ({name}, {bytes.Length / 1e6:F1} MB): median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}; {string.Join(' ', times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}) = {1_000_000 / (times[times.Count / 2] / 1000):N0} checks/s end to end"));
        }

        if (answers[0] != answers[1])
        {
            throw new InvalidOperationException("the JSON and packed batches were answered differently");
        }
    }

    /// <summary>Reads one HTTP/1.1 response (Content-Length or chunked); returns its status and body.</summary>
    private static async Task<(int Status, string Body)> ReadResponse(Socket socket, byte[] buffer)
    {
        var filled = 0;
        int headerEnd;
        while ((headerEnd = IndexOf(buffer, filled, "\r\n\r\n"u8)) < 0)
        {
            filled += await Receive(socket, buffer, filled);
        }

        var head = Encoding.ASCII.GetString(buffer, 0, headerEnd);
        var status = int.Parse(head.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var bodyStart = headerEnd + 4;
        var lengthAt = head.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
        if (lengthAt >= 0)
        {
            var line = head[(lengthAt + 15)..].Split("\r\n")[0].Trim();
            var length = int.Parse(line, CultureInfo.InvariantCulture);
            while (filled < bodyStart + length)
            {
                filled += await Receive(socket, buffer, filled);
            }

            return (status, Encoding.UTF8.GetString(buffer, bodyStart, length));
        }

        // Chunked: read until the last chunk's terminator.
        while (IndexOf(buffer, filled, "\r\n0\r\n\r\n"u8) < 0)
        {
            filled += await Receive(socket, buffer, filled);
        }

        return (status, Encoding.UTF8.GetString(buffer, bodyStart, filled - bodyStart));
    }

    private static async Task<int> Receive(Socket socket, byte[] buffer, int filled)
    {
        var n = await socket.ReceiveAsync(buffer.AsMemory(filled));
        return n > 0 ? n : throw new IOException("the server closed the connection");
    }

    private static int IndexOf(byte[] buffer, int filled, ReadOnlySpan<byte> value) => buffer.AsSpan(0, filled).IndexOf(value);
}
