using System.Diagnostics;

namespace Truce.Bench.Compare;

/// <summary>Runs a verb of this harness in a fresh process (as `truce import` would run) and returns its stdout.</summary>
internal static class CompareChild
{
    public static string Run(params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
        {
            psi.ArgumentList.Add(typeof(CompareChild).Assembly.Location);
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output : throw new InvalidOperationException($"child {string.Join(' ', args)} failed with {p.ExitCode}: {output}");
    }
}
