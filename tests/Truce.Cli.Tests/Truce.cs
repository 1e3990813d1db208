using System.Diagnostics;

namespace Truce.Cli.Tests;

/// <summary>Runs the built <c>truce</c> command as a separate process, as a user would.</summary>
internal static class Truce
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "truce.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return psi;
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs <c>truce</c> with <paramref name="stdin"/> piped to it (null: stdin not redirected).</summary>
    public static (int Exit, string Out, string Err) RunWithInput(string? stdin, params string[] args)
    {
        var start = StartInfo(args);
        start.RedirectStandardInput = stdin is not null;
        using var p = Process.Start(start)!;
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }

        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"truce {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
