using Truce.Formats.Terms;
using Truce.Storage.Adjudication;

namespace Truce.Cli.Data;

/// <summary>Reads the files a terms file names into reference files for the store.</summary>
internal static class ScenarioFiles
{
    public static IReadOnlyList<ReferenceFile> Read(string termsPath)
    {
        var manifest = ScenarioManifest.Read(termsPath);
        var files = new List<ReferenceFile>
        {
            Of(ReferenceKinds.Terms, termsPath),
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
