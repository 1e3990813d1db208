using System.Text.Json;
using Truce.Domain.Errors;

namespace Truce.Formats.Terms;

/// <summary>The input files a terms file names (its <c>files</c> member), as paths relative to the terms file.</summary>
public sealed record ScenarioManifest(string Designations, string Agreements, string UcdpActors, string UnList, IReadOnlyList<string> Control, IReadOnlyList<string> Places)
{
    /// <exception cref="DataFormatException">The terms file has no <c>files</c> member or is not JSON.</exception>
    public static ScenarioManifest Read(string termsPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(termsPath))!;
        var name = Path.GetFileName(termsPath);
        FilesJson? files;
        try
        {
            using var stream = File.OpenRead(termsPath);
            using var doc = JsonDocument.Parse(stream);
            files = doc.RootElement.TryGetProperty("files", out var f) ? f.Deserialize<FilesJson>() : null;
        }
        catch (JsonException e)
        {
            throw new DataFormatException(name, (e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path, e.Message);
        }

        if (files is null)
        {
            throw new DataFormatException(name, 0, 0, "files", "the terms file does not name its input files (\"files\": designations, agreements, ucdp_actors, un_list, control, places)");
        }

        string Full(string relative) => Path.GetFullPath(Path.Combine(folder, relative));
        return new ScenarioManifest(Full(files.Designations), Full(files.Agreements), Full(files.UcdpActors), Full(files.UnList), [.. (files.Control ?? []).Select(Full)], [.. (files.Places ?? []).Select(Full)]);
    }
}
