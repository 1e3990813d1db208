using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Domain.Errors;
using Truce.Formats.Control;
using Truce.Formats.Reading;
using Truce.Formats.Terms;
using Truce.Formats.Ucdp;
using Truce.Formats.UnSanctions;
using Truce.Geo.Control;

namespace Truce.Storage.Adjudication;

/// <summary>Parses a set of adjudication input files into a <see cref="Scenario"/> (the same code checks files before they are stored and loads them after).</summary>
public static class ScenarioLoader
{
    /// <param name="files">The input files; exactly one terms, designations, agreements, UCDP actor list and UN list; any number of control and places files.</param>
    /// <param name="neighbourhoods">P-code → polygon of the area layer control tables refer to.</param>
    /// <param name="options">Control timeline options (the nearest-place radius); defaults when null.</param>
    /// <exception cref="DataFormatException">A file is malformed or inconsistent with the others.</exception>
    public static Scenario Load(IReadOnlyList<ReferenceFile> files, IReadOnlyDictionary<string, Geometry> neighbourhoods, ControlTimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var designations = SourcedTable.Read(new MemoryStream(One(files, ReferenceKinds.Designations).Content), One(files, ReferenceKinds.Designations).Name, "id", "authority", "date_from", "date_to");
        var agreements = SourcedTable.Read(new MemoryStream(One(files, ReferenceKinds.Agreements).Content), One(files, ReferenceKinds.Agreements).Name, "id", "row_type", "effective_from", "effective_to");
        var termsFile = One(files, ReferenceKinds.Terms);
        var terms = TermsReader.Read(new MemoryStream(termsFile.Content), termsFile.Name, designations, agreements);
        var actorsFile = One(files, ReferenceKinds.UcdpActors);
        var unFile = One(files, ReferenceKinds.UnList);
        using var ucdp = new UcdpActorReader(new MemoryStream(actorsFile.Content), actorsFile.Name);
        using var un = new UnSanctionsListReader(new MemoryStream(unFile.Content), unFile.Name);
        var registry = RegistryBuilder.Build(ucdp.ReadActors().ToList(), un.ReadRecords().ToList(), unFile.Name, terms);

        var control = new List<ControlRecord>();
        var warnings = new List<ImportWarning>();
        foreach (var file in files.Where(f => f.Kind == ReferenceKinds.Control))
        {
            using var reader = new SourcedControlTableReader(new MemoryStream(file.Content), file.Name, neighbourhoods);
            control.AddRange(reader.Read());
        }

        foreach (var file in files.Where(f => f.Kind == ReferenceKinds.Places))
        {
            using var reader = new FrontMapPointReader(new MemoryStream(file.Content), file.Name, FrontMapPointReader.Syria2017);
            var result = reader.Read();
            control.AddRange(result.Records);
            warnings.AddRange(result.Skipped);
        }

        var unmapped = control.Select(c => c.Controller).Distinct(StringComparer.Ordinal)
            .Where(c => !terms.Controllers.Any(m => m.Controller == c))
            .Order(StringComparer.Ordinal).ToList();
        if (unmapped.Count > 0)
        {
            throw new DataFormatException(termsFile.Name, 0, 0, "controllers", $"no mapping for controller label(s) {string.Join(", ", unmapped.Select(u => $"'{u}'"))}: say under \"controllers\" whom each stands for (an empty list for none)");
        }

        return new Scenario(terms, registry, control, new ControlTimeline(control, options), warnings, Hash(files));
    }

    private static ReferenceFile One(IReadOnlyList<ReferenceFile> files, string kind)
    {
        var found = files.Where(f => f.Kind == kind).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new DataFormatException($"no {kind} file: a scenario needs one"),
            _ => throw new DataFormatException($"{found.Count} {kind} files ({string.Join(", ", found.Select(f => f.Name))}): a scenario takes one"),
        };
    }

    private static string Hash(IReadOnlyList<ReferenceFile> files)
    {
        var text = string.Join('\n', files.Where(f => !ReferenceKinds.IsHumanitarian(f.Kind)).OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Kind}:{f.Name}:{f.Sha256}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
