using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Truce.Domain.Access;
using Truce.Server.Hosting;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Server.Tests;

public sealed class AuthTests
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_strict_session_cookie_that_names_the_user_until_signing_out_revokes_it()
    {
        await using var server = await ImportServer.Start();
        TestUsers.Add(server.Db, "amira", Role.Party, "syrian-opposition", "s3cret-words");
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.Client.BaseAddress };

        using var login = await browser.PostAsJsonAsync("/api/auth/login", new { user = "amira", password = "s3cret-words" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("truce_session=truce_", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(("amira", "party:syrian-opposition"), (me.GetProperty("user").GetString(), me.GetProperty("role").GetString()));
        var expires = me.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(11.9), TimeSpan.FromHours(12));

        var session = cookie.Split(';')[0];
        var (status, body) = await Send(browser, HttpMethod.Get, "/api/auth/me", cookie: session);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("amira", body.GetProperty("user").GetString());
        Assert.Equal(["read-published", "read-own-compartment", "submit-own-sites", "run-checks"], body.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await Send(browser, HttpMethod.Post, "/api/auth/logout", cookie: session)).Status);
        (status, body) = await Send(browser, HttpMethod.Get, "/api/auth/me", cookie: session);
        Problem.Is(HttpStatusCode.Unauthorized, "the token was revoked", (status, body));
        using var store = SqliteEventStore.Open(server.Db);
        Assert.Equal([true], store.Logins("amira").Select(l => l.Succeeded));
    }

    [Fact]
    public async Task Without_credentials_the_caller_is_the_public()
    {
        await using var server = await ImportServer.Start();
        server.Client.DefaultRequestHeaders.Authorization = null;
        var (status, body) = await Send(server.Client, HttpMethod.Get, "/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("user", out _));
        Assert.Equal("public", body.GetProperty("role").GetString());
        Assert.Equal(["read-published"], body.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("amira", "wrong password")]
    [InlineData("nobody", "s3cret-words")]
    public async Task A_wrong_password_or_user_is_a_401_that_does_not_say_which_and_is_recorded(string user, string password)
    {
        await using var server = await ImportServer.Start();
        TestUsers.Add(server.Db, "amira", Role.Analyst, password: "s3cret-words");
        using var response = await server.Client.PostAsJsonAsync("/api/auth/login", new { user, password }, Cancel);
        Problem.Is(HttpStatusCode.Unauthorized, "wrong user name or password", (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var store = SqliteEventStore.Open(server.Db);
        Assert.Equal([false], store.Logins(user).Select(l => l.Succeeded));
    }

    [Fact]
    public async Task A_disabled_user_can_neither_sign_in_nor_use_its_tokens()
    {
        await using var server = await ImportServer.Start();
        var (token, _) = TestUsers.Token(server.Db, "ana", Role.Analyst);
        TestUsers.Add(server.Db, "ana", Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await Send(server.Client, HttpMethod.Get, "/api/auth/me", token)).Status);
        using (var store = SqliteEventStore.Open(server.Db))
        {
            store.SetUserDisabled("ana", true);
        }

        Problem.Is(HttpStatusCode.Unauthorized, "the user is disabled", await Send(server.Client, HttpMethod.Get, "/api/events", token));
        using var login = await server.Client.PostAsJsonAsync("/api/auth/login", new { user = "ana", password = "pass-" + "word" }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task A_token_past_its_expiry_is_refused_even_where_the_public_is_let_in()
    {
        await using var server = await ImportServer.Start();
        var (token, _) = TestUsers.Token(server.Db, "mon2", Role.Monitor, expires: DateTimeOffset.UtcNow.AddSeconds(-1));
        var (status, body) = await Send(server.Client, HttpMethod.Get, "/api/events", token);
        Problem.Is(HttpStatusCode.Unauthorized, "the token expired", (status, body));
        Problem.Is(HttpStatusCode.Unauthorized, "unknown token", await Send(server.Client, HttpMethod.Get, "/api/events", token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
    }

    [Fact]
    public async Task A_token_scope_narrower_than_the_role_is_what_counts()
    {
        await using var server = await ImportServer.Start();
        var (reader, _) = TestUsers.Token(server.Db, "mon2", Role.Monitor, scopes: Permissions.ReadPublished);
        Assert.Equal(HttpStatusCode.OK, (await Send(server.Client, HttpMethod.Get, "/api/events", reader)).Status);
        Problem.Is(HttpStatusCode.Forbidden, "mon2 (monitor) may not do this: it needs write-events",
            await Send(server.Client, HttpMethod.Post, "/api/imports", reader, body: UcdpSample.Rows(0, 3)));
        Assert.Equal(0, server.Imports());
    }

    [Fact]
    public async Task The_database_file_holds_no_token_only_its_hash()
    {
        await using var server = await ImportServer.Start();
        Assert.Equal(HttpStatusCode.OK, (await Send(server.Client, HttpMethod.Get, "/api/auth/me")).Status);
        var secret = Encoding.ASCII.GetBytes(server.Token);
        var hash = System.Security.Cryptography.SHA256.HashData(secret);
        var files = new[] { server.Db, server.Db + "-wal" }.Where(File.Exists).Select(f =>
        {
            using var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }).ToList();
        Assert.DoesNotContain(files, f => f.AsSpan().IndexOf(secret) >= 0);
        Assert.DoesNotContain(files, f => f.AsSpan().IndexOf(secret.AsSpan(6, 20)) >= 0); // nor a part of it
        Assert.Contains(files, f => f.AsSpan().IndexOf(hash) >= 0); // the check can find what it looks for
    }

    [Fact]
    public void The_server_refuses_to_start_with_an_endpoint_that_does_not_say_who_may_call_it()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<InvalidOperationException>(() =>
            TruceServer.Build(new ServerOptions(folder.File("x.sqlite"), "http://127.0.0.1:0"), app => app.MapGet("/api/secret", () => "s")));
        Assert.Contains("GET /api/secret", e.Message, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpClient client, HttpMethod method, string path, string? token = null, string? cookie = null, byte[]? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
        }

        using var response = await client.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
