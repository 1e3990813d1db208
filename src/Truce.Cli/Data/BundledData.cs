namespace Truce.Cli.Data;

/// <summary>Finds the bundled <c>data/</c> folder: beside the executable (copied at build) or up the working tree.</summary>
internal static class BundledData
{
    public static string? Directory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(beside, "NOTICE.md")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "NOTICE.md")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Boundary layers first (so events get P-codes as they arrive), then events.</summary>
    public static IEnumerable<string> Files(string data) =>
    [
        Path.Combine(data, "ocha", "syr_admin1.geojson"),
        Path.Combine(data, "ocha", "syr_admin2.geojson"),
        Path.Combine(data, "ocha", "syr_admin3.geojson"),
        Path.Combine(data, "ocha", "syr_neighborhoods.geojson"),
        Path.Combine(data, "ucdp", "ged_syria_2016-2019.csv"),
    ];
}
