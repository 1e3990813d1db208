using Truce.Testing;

namespace Truce.Server.Tests;

public sealed class OpenApiTests
{
    /// <summary>The committed document, docs/openapi.json.</summary>
    private static string Committed => Path.Combine(RepoFiles.Root, "docs", "openapi.json");

    [Fact]
    public async Task The_served_OpenAPI_document_is_the_committed_one()
    {
        await using var server = await ImportServer.Start();
        var served = (await server.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var committed = File.Exists(Committed) ? (await File.ReadAllTextAsync(Committed, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        if (served != committed)
        {
            var fresh = Path.Combine(Path.GetTempPath(), "truce-openapi.json");
            await File.WriteAllTextAsync(fresh, served, TestContext.Current.CancellationToken);
            Assert.Fail($"The API changed: the served OpenAPI document differs from docs/openapi.json. If the change is intended, review it and copy {fresh} to docs/openapi.json.");
        }
    }
}
