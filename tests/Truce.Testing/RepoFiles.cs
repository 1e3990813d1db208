namespace Truce.Testing;

/// <summary>Paths of the repository's bundled data, found from the test's working directory.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string UcdpSyria => Path.Combine(Root, "data", "ucdp", "ged_syria_2016-2019.csv");

    public static string Ocha(string file) => Path.Combine(Root, "data", "ocha", file);

    /// <summary>A bundled data file, by its path under <c>data/</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Truce.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the Truce repository.");
    }
}
