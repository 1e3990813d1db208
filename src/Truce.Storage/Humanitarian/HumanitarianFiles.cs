using Truce.Formats.Humanitarian;
using Truce.Storage.Adjudication;

namespace Truce.Storage.Humanitarian;

/// <summary>Reads a humanitarian manifest and every file it names into reference files for a store.</summary>
public static class HumanitarianFiles
{
    /// <exception cref="FileNotFoundException">The manifest or a file it names is missing.</exception>
    /// <exception cref="Domain.Errors.DataFormatException">The manifest is malformed.</exception>
    public static IReadOnlyList<ReferenceFile> Read(string manifestPath)
    {
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"{manifestPath}: no such file", manifestPath);
        }

        var manifest = HumanitarianManifest.Read(manifestPath);
        var files = new List<ReferenceFile> { ReferenceFile.Of(ReferenceKinds.Humanitarian, Path.GetFileName(manifestPath), File.ReadAllBytes(manifestPath)) };
        files.AddRange(manifest.Sieges.Select(p => Of(ReferenceKinds.Sieges, p)));
        files.AddRange(manifest.Convoys.Select(p => Of(ReferenceKinds.Convoys, p)));
        files.AddRange(manifest.Casualties.Select(p => Of(ReferenceKinds.Casualties, p)));
        var twice = files.GroupBy(f => (f.Kind, f.Name)).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? files : throw new Domain.Errors.DataFormatException(Path.GetFileName(manifestPath), 0, 0, "files", $"two {twice.Key.Kind} files are named {twice.Key.Name}: names must differ");
    }

    private static ReferenceFile Of(string kind, string path) => File.Exists(path)
        ? ReferenceFile.Of(kind, Path.GetFileName(path), File.ReadAllBytes(path))
        : throw new FileNotFoundException($"{path}: no such file (named by the humanitarian manifest)", path);
}
