using System.Diagnostics;
using System.Text.Json;
using Truce.Testing;

namespace Truce.Server.Tests.Browser;

/// <summary>
/// Runs one scenario of <c>web/e2e/ui.mjs</c> (playwright-core driving Debian's Chromium) against a
/// server and returns what the page showed. Fails, never skips, when Chromium or the web build's
/// node_modules are missing: CI installs Chromium (.ci/run) and the server's build runs npm ci.
/// </summary>
internal static class BrowserRun
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Screenshots land here (ignored by git).</summary>
    public static string Artifacts => Path.Combine(RepoFiles.Root, "tests", "Truce.Server.Tests", "artifacts");

    public static async Task<JsonElement> Scenario(Uri server, string scenario)
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: the browser tests need Debian's package (apt-get install -y chromium; .ci/run does this).");
        var web = Path.Combine(RepoFiles.Root, "web");
        Assert.True(Directory.Exists(Path.Combine(web, "node_modules", "playwright-core")), "web/node_modules/playwright-core is missing: build the server (its build runs npm ci in web/).");
        Directory.CreateDirectory(Artifacts);
        var screenshot = Path.Combine(Artifacts, $"{scenario}.png");

        var psi = new ProcessStartInfo("node") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["e2e/ui.mjs", server.ToString().TrimEnd('/'), scenario, screenshot])
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{scenario}: the browser run failed (exit {process.ExitCode}):\n{output}\n{await stderr}");
        var result = JsonDocument.Parse(output).RootElement.Clone();
        Assert.Empty(result.GetProperty("external").EnumerateArray()); // offline: nothing but the server is asked
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.Empty(result.GetProperty("console").EnumerateArray());
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
        return result;
    }
}
