using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Truce.Server.Hosting;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Server.Tests;

/// <summary>A real server (Kestrel on a free loopback port) over a fresh, empty SQLite file; one per test. Its client sends a monitor's token (monitors may import).</summary>
internal sealed class ImportServer : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    private ImportServer()
    {
    }

    public string Db => _folder.File("imports.sqlite");

    public HttpClient Client { get; private set; } = new();

    /// <summary>The monitor token <see cref="Client"/> sends.</summary>
    public string Token { get; private set; } = "";

    /// <summary>Starts a server over a new file holding one monitor, whose token <see cref="Client"/> sends.</summary>
    public static async Task<ImportServer> Start()
    {
        var server = new ImportServer();
        SqliteEventStore.Open(server.Db).Dispose();
        server.Token = TestUsers.Token(server.Db, "monitor", Domain.Access.Role.Monitor).Token;
        server._app = TruceServer.Build(new ServerOptions(server.Db, "http://127.0.0.1:0"));
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Client = new HttpClient { BaseAddress = new Uri(address) };
        server.Client.DefaultRequestHeaders.Authorization = new("Bearer", server.Token);
        return server;
    }

    /// <summary>POSTs <paramref name="body"/> as a CSV file to a path; reads the answer as JSON (null when the answer has no body).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("text/csv");
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Sends a POST that announces <paramref name="contentLength"/> bytes but sends none; returns the status line of the answer.</summary>
    public async Task<string> RawPost(string path, long contentLength)
    {
        var address = Client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        var request = string.Create(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {Token}\r\nContent-Type: text/csv\r\nContent-Length: {contentLength}\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        return await reader.ReadLineAsync(timeout.Token) ?? "";
    }

    /// <summary>GETs a path and reads the body as JSON.</summary>
    public async Task<JsonElement> Get(string path) =>
        await Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>How many imports the store holds, read from the file, not through the server.</summary>
    public long Imports()
    {
        using var store = SqliteEventStore.Open(Db);
        return store.Summary().Imports;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
