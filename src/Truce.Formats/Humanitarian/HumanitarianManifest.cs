using System.Text.Json;
using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;

namespace Truce.Formats.Humanitarian;

/// <summary>
/// A humanitarian manifest (<c>truce-humanitarian/1</c>, docs/humanitarian.md): the siege, convoy
/// and casualty files it names (paths relative to it), the besieged areas those rows are about, the
/// parties denials and attacks are tallied for, and the conditions for talks with their thresholds.
/// </summary>
public sealed record HumanitarianManifest(
    IReadOnlyList<string> Sieges,
    IReadOnlyList<string> Convoys,
    IReadOnlyList<string> Casualties,
    IReadOnlyList<BesiegedArea> Areas,
    IReadOnlyList<AccessParty> Parties,
    IReadOnlyList<Precondition> Conditions)
{
    /// <summary>Places convoy rows name by a P-code without a stored polygon (the manifest's <c>places</c>).</summary>
    public IReadOnlyList<NamedPlace> Places { get; init; } = [];

    public const string Format = "truce-humanitarian/1";

    /// <summary>Condition kinds as written, and what they measure.</summary>
    public static readonly IReadOnlyDictionary<string, PreconditionKind> Kinds = new Dictionary<string, PreconditionKind>(StringComparer.Ordinal)
    {
        ["max-consensus-violations"] = PreconditionKind.MaxConsensusViolations,
        ["besieged-reached"] = PreconditionKind.BesiegedReached,
        ["exempt-sets-agree"] = PreconditionKind.ExemptSetsAgree,
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <exception cref="DataFormatException">Not JSON, an unknown member or format, a missing or repeated id, a condition without its thresholds.</exception>
    public static HumanitarianManifest Read(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        string text;
        using (var reader = new StreamReader(stream, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        HumanitarianJson json;
        try
        {
            json = JsonSerializer.Deserialize<HumanitarianJson>(text, Options) ?? throw new DataFormatException(file, 1, 1, "format", "the file is empty");
        }
        catch (JsonException e)
        {
            throw new DataFormatException(file, (e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path, e.Message);
        }

        if (json.Format != Format)
        {
            throw new DataFormatException(file, 0, 0, "format", $"unknown format '{json.Format}' (expected {Format})");
        }

        var at = new Where(file, text);
        Unique(at, "areas", json.Areas.Select(a => a.Id));
        Unique(at, "parties", (json.Parties ?? []).Select(p => p.Id));
        Unique(at, "conditions", (json.Conditions ?? []).Select(c => c.Id));
        var areas = json.Areas.Select(a => Area(at, a)).ToList();
        var parties = (json.Parties ?? []).Select(p => new AccessParty(p.Id, p.Name, p.Names.Count > 0 ? p.Names : throw at.Error("parties", p.Id, $"party {p.Id} has no names"))).ToList();
        var conditions = (json.Conditions ?? []).Select(c => Condition(at, c)).ToList();
        Unique(at, "places", (json.Places ?? []).Select(p => p.Pcode));
        var places = (json.Places ?? []).Select(p => p.Lon is >= -180 and <= 180 && p.Lat is >= -90 and <= 90
            ? new NamedPlace(p.Pcode, p.Name, p.Lon, p.Lat, p.Cite)
            : throw at.Error("places", p.Pcode, $"place {p.Pcode}: lon/lat out of range")).ToList();
        return new HumanitarianManifest(json.Files.Sieges ?? [], json.Files.Convoys ?? [], json.Files.Casualties ?? [], areas, parties, conditions) { Places = places };
    }

    /// <summary>Reads the manifest at <paramref name="path"/>; its file names become full paths.</summary>
    public static HumanitarianManifest Read(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        HumanitarianManifest manifest;
        using (var stream = File.OpenRead(path))
        {
            manifest = Read(stream, Path.GetFileName(path));
        }

        IReadOnlyList<string> Full(IReadOnlyList<string> files) => [.. files.Select(f => Path.GetFullPath(Path.Combine(folder, f)))];
        return manifest with { Sieges = Full(manifest.Sieges), Convoys = Full(manifest.Convoys), Casualties = Full(manifest.Casualties) };
    }

    private static BesiegedArea Area(Where at, AreaJson a)
    {
        if (a.Names.Count == 0 || a.Names.Any(string.IsNullOrWhiteSpace))
        {
            throw at.Error("areas", a.Id, $"area {a.Id}: names must list at least one non-empty name");
        }

        if (a.HeldBy is not null && (a.Within ?? []).Count == 0)
        {
            throw at.Error("areas", a.Id, $"area {a.Id}: held_by needs within (the P-codes, or a prefix ending in *, to look in)");
        }

        return new BesiegedArea(a.Id, a.Name, a.Names, a.Pcodes ?? [], a.HeldBy, a.Within ?? [], a.Total, a.Cite);
    }

    private static Precondition Condition(Where at, ConditionJson c)
    {
        if (!Kinds.TryGetValue(c.Kind, out var kind))
        {
            throw at.Error("conditions", c.Id, $"condition {c.Id}: unknown kind '{c.Kind}' (one of {string.Join(", ", Kinds.Keys)})");
        }

        var missing = kind switch
        {
            PreconditionKind.MaxConsensusViolations when c.Agreement is null || c.MaxPerDay is null || c.Days is null => "agreement, max_per_day and days",
            PreconditionKind.BesiegedReached when c.Days is null => "days",
            PreconditionKind.ExemptSetsAgree when c.Agreement is null => "agreement",
            _ => null,
        };
        if (missing is not null)
        {
            throw at.Error("conditions", c.Id, $"condition {c.Id} ({c.Kind}) needs {missing}");
        }

        if (c.Days is < 1 || c.MaxPerDay is < 0)
        {
            throw at.Error("conditions", c.Id, $"condition {c.Id}: days must be at least 1 and max_per_day at least 0");
        }

        return new Precondition(c.Id, c.Name, kind, c.Agreement, c.MaxPerDay, c.Days, c.Why ?? "");
    }

    private static void Unique(Where at, string member, IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
            {
                throw at.Error(member, id, $"id '{id}' is empty or used twice", last: true);
            }
        }
    }

    /// <summary>Where in the manifest's text an entry is: errors name the line of its id (0 when it cannot be found).</summary>
    private sealed class Where(string file, string text)
    {
        public DataFormatException Error(string member, string? id, string reason, bool last = false)
        {
            var start = text.IndexOf($"\"{member}\"", StringComparison.Ordinal);
            var needle = $"\"{id}\"";
            var found = start < 0 || string.IsNullOrEmpty(id) ? -1
                : last ? text.LastIndexOf(needle, StringComparison.Ordinal)
                : text.IndexOf(needle, start, StringComparison.Ordinal);
            var line = found < 0 ? 0 : text.AsSpan(0, found).Count('\n') + 1;
            return new DataFormatException(file, line, 0, member, reason);
        }
    }
}
