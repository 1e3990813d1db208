using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary>One database built by <c>truce demo</c> (bundled record and the Aleppo 2016 scenario, adjudicated), shared by a test class.</summary>
public sealed class DemoDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public DemoDatabase()
    {
        Path = _folder.File("demo.sqlite");
        var (exit, stdout, stderr) = Truce.Run("demo", "--db", Path, "--no-serve");
        Output = stdout;
        if (exit != 0)
        {
            throw new InvalidOperationException($"truce demo failed ({exit}): {stderr}");
        }
    }

    public string Path { get; }

    /// <summary>What <c>truce demo</c> printed on stdout.</summary>
    public string Output { get; }

    public void Dispose() => _folder.Dispose();
}
