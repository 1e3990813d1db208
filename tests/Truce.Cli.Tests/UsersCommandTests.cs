using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Truce.Storage.Sqlite;
using Truce.Testing;

namespace Truce.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public UsersCommandTests()
    {
        Db = _folder.File("u.sqlite");
        SqliteEventStore.Open(Db).Dispose();
    }

    private string Db { get; }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_user_added_with_a_piped_password_is_listed_and_its_password_checks()
    {
        var (exit, stdout, stderr) = Truce.RunWithInput("correct horse battery\n", "users", "add", "amira", "--role", "party", "--party", "syrian-opposition", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal("", stdout); // the password was given: nothing to show
        Assert.Contains("user amira added (party:syrian-opposition)", stderr, StringComparison.Ordinal);
        Assert.Equal(0, Truce.RunWithInput("another password\n", "users", "add", "mon", "--role", "monitor", "--db", Db).Exit);

        var list = Truce.Run("users", "list", "--db", Db);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,role,created_at,disabled_at", lines[0]);
        Assert.Equal(["amira,party:syrian-opposition", "mon,monitor"], lines[1..].Select(l => string.Join(',', l.Split(',')[..2])));
        using var store = SqliteEventStore.Open(Db);
        var amira = store.FindUser("amira")!;
        Assert.True(amira.Password.Matches("correct horse battery"));
        Assert.Equal(600_000, amira.Password.Iterations);
    }

    [Theory]
    [InlineData("root", "3")]
    [InlineData("public", "3")]
    [InlineData("party", "3")]
    public void A_role_that_cannot_sign_in_is_refused_with_exit_3(string role, string exit) =>
        Assert.Equal(int.Parse(exit, System.Globalization.CultureInfo.InvariantCulture), Truce.RunWithInput("long enough pw\n", "users", "add", "x", "--role", role, "--db", Db).Exit);

    [Fact]
    public void A_disabled_user_is_listed_as_disabled_and_audited_and_can_be_enabled_again()
    {
        Assert.Equal(0, Truce.RunWithInput("long enough pw\n", "users", "add", "mon", "--role", "monitor", "--db", Db).Exit);
        var (exit, _, stderr) = Truce.Run("users", "disable", "mon", "--db", Db);
        Assert.Equal((0, true), (exit, stderr.Contains("mon: disabled", StringComparison.Ordinal)));
        Assert.NotEqual("", Truce.Run("users", "list", "--db", Db).Out.Split('\n')[1].Split(',')[3]);
        Assert.Contains("mon: already disabled", Truce.Run("users", "disable", "mon", "--db", Db).Err, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("users", "enable", "mon", "--db", Db).Exit);
        Assert.Equal(4, Truce.Run("users", "disable", "nobody", "--db", Db).Exit);
        var log = Truce.Run("audit", "log", "--db", Db).Out;
        Assert.Contains("\"action\":\"users.disable\",\"subject\":\"user:mon\"", log, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"users.enable\",\"subject\":\"user:mon\"", log, StringComparison.Ordinal);
        Assert.Equal(0, Truce.Run("audit", "verify", "--db", Db).Exit);
    }

    [Fact]
    public void A_taken_name_is_refused()
    {
        Assert.Equal(0, Truce.RunWithInput("long enough pw\n", "users", "add", "x", "--role", "analyst", "--db", Db).Exit);
        var (exit, _, stderr) = Truce.RunWithInput("long enough pw\n", "users", "add", "x", "--role", "admin", "--db", Db);
        Assert.Equal(3, exit);
        Assert.Contains("a user named 'x' exists already", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_is_printed_once_stored_as_its_hash_scoped_and_revocable()
    {
        Assert.Equal(0, Truce.RunWithInput("long enough pw\n", "users", "add", "mon", "--role", "monitor", "--db", Db).Exit);
        var (exit, stdout, stderr) = Truce.Run("tokens", "create", "mon", "--scope", "read-published", "write-events", "--expires", "2d", "--db", Db);
        Assert.Equal(0, exit);
        var token = stdout.Trim();
        Assert.Matches("^truce_[A-Za-z0-9_-]{43}$", token);
        Assert.Contains("(monitor: read-published write-events)", stderr, StringComparison.Ordinal);

        using (var store = SqliteEventStore.Open(Db))
        {
            var grant = store.FindToken(Storage.Access.TokenSecret.Hash(token))!;
            Assert.Equal(Domain.Access.Permissions.ReadPublished | Domain.Access.Permissions.WriteEvents, grant.Token.Scopes);
            Assert.InRange(grant.Token.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromHours(47), TimeSpan.FromHours(48));
        }

        Assert.Equal(3, Truce.Run("tokens", "create", "mon", "--scope", "manage-users", "--db", Db).Exit); // beyond the role
        Assert.Equal(3, Truce.Run("tokens", "create", "mon", "--expires", "forever", "--db", Db).Exit);
        Assert.Equal(4, Truce.Run("tokens", "create", "nobody", "--db", Db).Exit);
        Assert.Equal(0, Truce.Run("tokens", "revoke", "1", "--db", Db).Exit);
        Assert.Equal(4, Truce.Run("tokens", "revoke", "1", "--db", Db).Exit);
    }

    [Fact]
    public async Task The_demo_adds_a_user_per_role_and_its_printed_token_signs_in_to_the_server()
    {
        using var demo = new DemoDatabase();
        var users = Truce.Run("users", "list", "--db", demo.Path).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(l => string.Join(',', l.Split(',')[..2]));
        Assert.Equal(["admin,admin", "analyst,analyst", "government-of-syria,party:government-of-syria", "monitor,monitor"], users);
        var curl = demo.Output.Split('\n').Single(l => l.Contains("curl -H", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(curl, "truce_[A-Za-z0-9_-]{43}").Value;

        using var serve = await ServeProcess.Start(demo.Path, TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/auth/me", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", token);
        using var response = await serve.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(("monitor", "monitor"), (me.GetProperty("user").GetString(), me.GetProperty("role").GetString()));
    }
}
