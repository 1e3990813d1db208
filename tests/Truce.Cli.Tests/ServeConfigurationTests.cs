using System.Text.Json;
using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary><c>truce serve</c> finds its database in <c>--db</c>, else in the configuration key <c>Truce:Db</c>.</summary>
public sealed class ServeConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Serve_without_a_database_says_where_to_give_one()
    {
        var (exit, _, err) = Truce.Run("serve", "--urls", "http://127.0.0.1:0");
        Assert.Equal(3, exit);
        Assert.Contains("give --db, or set Truce:Db in appsettings.json or the environment variable Truce__Db", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_reads_its_database_from_the_Truce__Db_environment_variable()
    {
        var csv = _folder.File("sample.csv");
        File.WriteAllBytes(csv, UcdpSample.Rows(0, 30));
        var db = _folder.File("env.sqlite");
        Assert.Equal(0, Truce.Run("import", "--db", db, "--format", "ucdp", csv).Exit);
        using var serve = await ServeProcess.StartWithEnvironment(new Dictionary<string, string> { ["Truce__Db"] = db }, TimeSpan.FromMinutes(1));
        var stats = JsonDocument.Parse(await serve.Client.GetStringAsync(new Uri("/api/stats?by=year", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal(30, stats.RootElement.EnumerateArray().Sum(r => r.GetProperty("events").GetInt32()));
    }
}
