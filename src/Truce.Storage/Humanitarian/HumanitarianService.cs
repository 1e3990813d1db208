using System.Text.Json.Nodes;
using Truce.Domain.Humanitarian;
using Truce.Formats.Humanitarian;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;

namespace Truce.Storage.Humanitarian;

/// <summary>
/// The humanitarian record of a store: imports a manifest and its tables (checked, then stored in
/// one transaction beside the scenario's files, revised never overwritten), loads them, exports
/// them, and builds the indicator and condition evaluators over them.
/// </summary>
public sealed class HumanitarianService(ITruceStore store)
{
    /// <summary>Checks the manifest and every file it names, then stores them all in one transaction.</summary>
    /// <returns>How many files were new or changed.</returns>
    public int Import(string manifestPath)
    {
        var files = HumanitarianFiles.Read(manifestPath);
        HumanitarianLoader.Load(files);
        return store.SaveReferences(files);
    }

    /// <summary>The stored record, or null when none was imported.</summary>
    public HumanitarianRecord? Load() => HumanitarianLoader.Load([.. store.References().Where(f => ReferenceKinds.IsHumanitarian(f.Kind))]);

    /// <summary>The conditions evaluator over the stored record, verdicts and scenario.</summary>
    public static PreconditionEvaluator Conditions(ITruceStore store, HumanitarianRecord record, Scenario? scenario, AccessOptions? options = null) =>
        new(new AccessIndicators(record, options), new StoredConditionFacts(store, scenario));

    /// <summary>Where the record begins: the first event's day or the first humanitarian row's, whichever is earlier ("since" looks no further back).</summary>
    public static DateOnly Beginning(ITruceStore store, HumanitarianRecord record)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(record);
        var days = record.Sieges.Select(s => s.Date.Earliest).Concat(record.Access.Select(a => a.Date.Earliest)).ToList();
        if (store.Summary().FirstDate is { } first)
        {
            days.Add(first);
        }

        return days.Count == 0 ? DateOnly.MinValue : days.Min();
    }

    /// <summary>
    /// Writes the stored manifest (its files member pointing beside it) and every table, rewritten from
    /// the parsed rows, into <paramref name="folder"/>; returns the manifest's path.
    /// </summary>
    public string Export(string folder)
    {
        var files = store.References().Where(f => ReferenceKinds.IsHumanitarian(f.Kind)).ToList();
        var record = HumanitarianLoader.Load(files) ?? throw new InvalidOperationException("no humanitarian record in the store: import one first (truce access import)");
        Directory.CreateDirectory(folder);
        var manifest = files.Single(f => f.Kind == ReferenceKinds.Humanitarian);
        var json = JsonNode.Parse(manifest.Content)!.AsObject();
        var names = json["files"]!.AsObject();
        foreach (var (kind, list) in names.ToList())
        {
            names[kind] = new JsonArray([.. list!.AsArray().Select(n => JsonValue.Create(Path.GetFileName(n!.GetValue<string>())))]);
        }

        var manifestPath = Path.Combine(folder, manifest.Name);
        File.WriteAllText(manifestPath, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        var parsed = HumanitarianManifest.Read(new MemoryStream(manifest.Content), manifest.Name);
        foreach (var name in parsed.Sieges.Select(Path.GetFileName))
        {
            Write(folder, name!, w => HumanitarianTableWriter.WriteSieges(w, record.Sieges.Where(s => s.Source.File == name)));
        }

        foreach (var name in parsed.Convoys.Select(Path.GetFileName))
        {
            Write(folder, name!, w => HumanitarianTableWriter.WriteConvoys(w, record.Access.Where(s => s.Source.File == name)));
        }

        foreach (var name in parsed.Casualties.Select(Path.GetFileName))
        {
            Write(folder, name!, w => HumanitarianTableWriter.WriteCasualties(w, record.Casualties.Where(s => s.Source.File == name)));
        }

        return manifestPath;
    }

    private static void Write(string folder, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(folder, Path.GetFileName(name)), false, new System.Text.UTF8Encoding(false));
        write(writer);
    }
}
