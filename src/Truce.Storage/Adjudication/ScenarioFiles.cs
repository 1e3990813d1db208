using Truce.Formats.Terms;

namespace Truce.Storage.Adjudication;

/// <summary>Reads a terms file and every file it names (its <c>files</c> member) into reference files for a store.</summary>
public static class ScenarioFiles
{
    /// <param name="termsPath">The terms file.</param>
    /// <param name="termsText">Text to store as the terms file instead of its content (to try a change).</param>
    /// <exception cref="FileNotFoundException">A named file is missing.</exception>
    /// <exception cref="Domain.Errors.DataFormatException">The terms file does not name its files.</exception>
    public static IReadOnlyList<ReferenceFile> Read(string termsPath, string? termsText = null)
    {
        var manifest = ScenarioManifest.Read(termsPath);
        var files = new List<ReferenceFile>
        {
            termsText is null
                ? Of(ReferenceKinds.Terms, termsPath)
                : ReferenceFile.Of(ReferenceKinds.Terms, Path.GetFileName(termsPath), System.Text.Encoding.UTF8.GetBytes(termsText)),
            Of(ReferenceKinds.Designations, manifest.Designations),
            Of(ReferenceKinds.Agreements, manifest.Agreements),
            Of(ReferenceKinds.UcdpActors, manifest.UcdpActors),
            Of(ReferenceKinds.UnList, manifest.UnList),
        };
        files.AddRange(manifest.Control.Select(p => Of(ReferenceKinds.Control, p)));
        files.AddRange(manifest.Places.Select(p => Of(ReferenceKinds.Places, p)));
        return files;
    }

    private static ReferenceFile Of(string kind, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file (named by the terms file)", path);
        }

        return ReferenceFile.Of(kind, Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
