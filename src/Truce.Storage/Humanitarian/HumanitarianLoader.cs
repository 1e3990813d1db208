using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Formats.Humanitarian;
using Truce.Storage.Adjudication;

namespace Truce.Storage.Humanitarian;

/// <summary>
/// Parses the humanitarian files (a manifest and the tables it names) into a record. The same code
/// checks files before they are stored and loads them after. Every siege row must name an area of
/// the manifest: a row about an area nobody defined would silently drop out of every indicator.
/// </summary>
public static class HumanitarianLoader
{
    /// <summary>The record of the humanitarian files among <paramref name="files"/>, or null when there is no manifest.</summary>
    /// <exception cref="DataFormatException">A file is malformed, missing, or a siege row names no area.</exception>
    public static HumanitarianRecord? Load(IReadOnlyList<ReferenceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var manifests = files.Where(f => f.Kind == ReferenceKinds.Humanitarian).ToList();
        if (manifests.Count == 0)
        {
            return null;
        }

        if (manifests.Count > 1)
        {
            throw new DataFormatException($"{manifests.Count} humanitarian manifests ({string.Join(", ", manifests.Select(m => m.Name))}): a store takes one");
        }

        var manifest = HumanitarianManifest.Read(new MemoryStream(manifests[0].Content), manifests[0].Name);
        var sieges = manifest.Sieges.SelectMany(n => SiegeTableReader.Read(Content(files, ReferenceKinds.Sieges, n), Path.GetFileName(n), a => manifest.Areas.Any(m => m.Matches(a)))).ToList();
        var convoys = manifest.Convoys.SelectMany(n => ConvoyTableReader.Read(Content(files, ReferenceKinds.Convoys, n), Path.GetFileName(n))).ToList();
        var casualties = manifest.Casualties.SelectMany(n => CasualtySeriesReader.Read(Content(files, ReferenceKinds.Casualties, n), Path.GetFileName(n))).ToList();
        return new HumanitarianRecord
        {
            Areas = manifest.Areas,
            Sieges = sieges,
            Access = convoys,
            Casualties = casualties,
            Parties = manifest.Parties,
            Conditions = manifest.Conditions,
            Places = manifest.Places,
        };
    }

    private static MemoryStream Content(IReadOnlyList<ReferenceFile> files, string kind, string name)
    {
        var file = files.FirstOrDefault(f => f.Kind == kind && f.Name == Path.GetFileName(name))
            ?? throw new DataFormatException($"the humanitarian manifest names {kind} file {Path.GetFileName(name)}, which is not stored");
        return new MemoryStream(file.Content);
    }
}
