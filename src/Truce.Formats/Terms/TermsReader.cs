using System.Globalization;
using System.Text.Json;
using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Domain.Agreements;
using Truce.Domain.Designations;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Domain.Time;

namespace Truce.Formats.Terms;

/// <summary>
/// Reads a terms file (docs/terms-format.md) against the sourced tables it cites. Strict: unknown
/// members, a citation of a row that does not exist, a designations row left without an
/// interpretation (or given two), an authority whose rows do not carry its prefix, a bad date —
/// each is an error naming the file and where.
/// </summary>
public sealed class TermsReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    private readonly string _file;
    private readonly string _text;
    private readonly Dictionary<string, SourcedTable> _tables;

    private TermsReader(string file, string text, IEnumerable<SourcedTable> tables)
    {
        _file = file;
        _text = text;
        _tables = tables.ToDictionary(t => t.File, StringComparer.Ordinal);
    }

    /// <param name="terms">The terms file.</param>
    /// <param name="file">Its name, for errors.</param>
    /// <param name="designations">The designations table (every row must be interpreted).</param>
    /// <param name="others">Other sourced tables citations may point into (e.g. agreements.csv).</param>
    /// <exception cref="DataFormatException">See the class summary.</exception>
    public static Terms Read(Stream terms, string file, SourcedTable designations, params SourcedTable[] others)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(designations);
        using var reader = new StreamReader(terms);
        var text = reader.ReadToEnd();
        return new TermsReader(file, text, others.Prepend(designations)).Build(designations);
    }

    private Terms Build(SourcedTable designationTable)
    {
        TermsJson json;
        try
        {
            json = JsonSerializer.Deserialize<TermsJson>(_text, Options) ?? throw Error(1, "format", "the file is empty");
        }
        catch (JsonException e)
        {
            throw new DataFormatException(_file, (e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path, e.Message);
        }

        if (json.Format != "truce-terms/1")
        {
            throw Error(Line("\"format\""), "format", $"unknown format '{json.Format}' (expected truce-terms/1)");
        }

        var authorities = json.Authorities.Select(a => new Authority(a.Id, a.Name, a.Rows)).ToList();
        var stakeholders = json.Stakeholders.Select(s => new Stakeholder(s.Id, s.Name)).ToList();
        var patches = new List<ActorPatch>();
        foreach (var a in json.Actors ?? [])
        {
            patches.Add(new ActorPatch(a.Id, a.Name, a.Type is null ? null : ParseEnum<ActorType>(a.Type, "actors.type"), [], Cite(a.Cite)));
        }

        foreach (var a in json.Aliases ?? [])
        {
            patches.Add(new ActorPatch(a.Actor, null, null, a.Names, Cite(a.Cite)));
        }

        var names = (json.Names ?? []).Select(n => new ActorName(n.Actor, n.Name, Day(n.From, "names.from")?.Earliest, Day(n.To, "names.to")?.Latest, Cite(n.Cite))).ToList();
        var links = (json.Links ?? []).Select(l => new ActorLink(l.From, ParseEnum<ActorLinkKind>(l.Kind, "links.kind"), l.To, Day(l.Date, "links.date")?.Earliest, null, Cite(l.Cite).ToString())).ToList();
        var unList = (json.UnList ?? []).Select(u => new UnListMapping(u.Entity, u.Actor, u.Name, Cite(u.Cite))).ToList();
        var (designations, setAside) = Designations(json.Designations, designationTable, authorities);
        var controllers = (json.Controllers ?? []).Select(c => new ControllerMapping(c.Controller, c.Actors, Cite(c.Cite))).ToList();
        if (controllers.GroupBy(c => c.Controller, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Error(Line($"\"controller\": \"{twice.Key}\""), "controllers", $"'{twice.Key}' is mapped twice");
        }

        var agreements = json.Agreements.Select(Agreement).ToList();
        return new Terms(stakeholders, authorities, patches, names, links, unList, designations, setAside, controllers, agreements);
    }

    private (List<Designation>, List<SetAside>) Designations(List<DesignationJson> entries, SourcedTable table, List<Authority> authorities)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var listed = new Dictionary<string, Designation>(StringComparer.Ordinal);
        var setAside = new List<SetAside>();
        var ends = new List<(DesignationJson Entry, SourcedRow Row)>();
        foreach (var entry in entries)
        {
            var line = Line($"\"row\": \"{entry.Row}\"");
            var row = table.Find(entry.Row) ?? throw Error(line, "designations.row", $"{table.File} has no row {entry.Row}");
            if (!seen.Add(entry.Row))
            {
                throw Error(line, "designations.row", $"row {entry.Row} is interpreted twice");
            }

            switch (entry.Effect ?? "lists")
            {
                case "lists":
                    var authority = authorities.FirstOrDefault(a => a.Id == entry.Authority)
                        ?? throw Error(line, "designations.authority", $"row {entry.Row}: unknown authority '{entry.Authority}'");
                    if (!row["authority"].StartsWith(authority.RowsPrefix, StringComparison.Ordinal))
                    {
                        throw Error(line, "designations.authority", $"row {entry.Row} is by '{row["authority"]}', not {authority.Id} ('{authority.RowsPrefix}…')");
                    }

                    var actor = entry.Actor ?? throw Error(line, "designations.actor", $"row {entry.Row}: a listing needs an actor");
                    var from = RowDate(row, "date_from")?.Earliest;
                    var to = RowDate(row, "date_to")?.Latest;
                    listed[entry.Row] = new Designation(entry.Row, authority.Id, actor, entry.Name, from, to, row.Source);
                    break;
                case "ends":
                    ends.Add((entry, row));
                    break;
                case "none":
                    setAside.Add(new SetAside(entry.Row, entry.Why ?? throw Error(line, "designations.why", $"row {entry.Row}: say why it lists no one")));
                    break;
                default:
                    throw Error(line, "designations.effect", $"row {entry.Row}: unknown effect '{entry.Effect}' (lists, ends, none)");
            }
        }

        foreach (var (entry, row) in ends)
        {
            var end = RowDate(row, "date_from") ?? throw Error(Line($"\"row\": \"{entry.Row}\""), "designations.ends", $"row {entry.Row} has no date_from to end listings on");
            foreach (var id in entry.Ends ?? [])
            {
                if (!listed.TryGetValue(id, out var d))
                {
                    throw Error(Line($"\"row\": \"{entry.Row}\""), "designations.ends", $"row {entry.Row} ends {id}, which is not a listing");
                }

                var last = end.Earliest.AddDays(-1);
                if (d.To is null || d.To.Value > last)
                {
                    listed[id] = d with { To = last };
                }
            }
        }

        foreach (var row in table.Rows)
        {
            if (!seen.Contains(row.Id))
            {
                throw new DataFormatException(table.File, row.Line, 0, null, $"row {row.Id} has no interpretation in {_file}: add it under \"designations\" (a listing, an end, or none with why)");
            }
        }

        return ([.. listed.Values.OrderBy(d => d.Id, StringComparer.Ordinal)], setAside);
    }

    private Agreement Agreement(AgreementJson a)
    {
        var line = Line($"\"id\": \"{a.Id}\"");
        var main = Row(a.Cite, line, "agreements.cite");
        var from = a.From is null ? Moment(main?["effective_from"], line, "agreements.from") : Moment(a.From.Date, line, "agreements.from");
        var to = a.To is null ? Moment(main?["effective_to"], line, "agreements.to") : Moment(a.To.Date, line, "agreements.to");
        var renamings = new Dictionary<string, RenamingPolicy>(StringComparer.Ordinal) { ["follow"] = RenamingPolicy.FollowsGroup, ["formal"] = RenamingPolicy.FormalListingOnly };
        return new Agreement
        {
            Id = a.Id,
            Name = a.Name ?? main?["name"] ?? a.Id,
            From = from,
            To = to,
            Scope = new AgreementScope(a.Scope.Countries, a.Scope.Areas ?? []),
            Guarantors = a.Guarantors ?? [],
            Parties = [.. a.Parties.Select(p => new AgreementParty(p.Actor, p.AnyNonState, Day(p.Joined, "parties.joined")?.Earliest, Day(p.Left, "parties.left")?.Latest, Cite(p.Cite)))],
            HostileEventTypes = a.Hostile.Types,
            Readings = [.. a.Readings.Select(r => new ExemptionReading(
                r.Stakeholder,
                [.. r.Named.Select(n => new NamedExemption(n.Actor, n.Name, Cite(a.Cite)))],
                r.Authorities,
                renamings.TryGetValue(r.Renamings, out var policy) ? policy : throw Error(line, "readings.renamings", $"'{r.Renamings}' is not follow or formal"),
                Cite(r.Cite)))],
            Zones = [.. (a.Zones ?? []).Select(z => new AgreementZone(z.Id, z.Areas, z.Only, Day(z.From, "zones.from")?.Earliest, Day(z.To, "zones.to")?.Latest, Cite(z.Cite)))],
            Source = Cite(a.Cite),
        };
    }

    private AgreementMoment? Moment(string? text, long line, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = Day(text, field)!;
        if (!date.IsDay)
        {
            throw Error(line, field, $"'{text}' is not a day: an agreement's force needs a day");
        }

        TimeOnly? time = text.Length > 10 && TimeOnly.TryParseExact(text[11..], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
        return new AgreementMoment(date.Earliest, time, text);
    }

    private PartialDate? Day(string? text, string field)
    {
        try
        {
            return PartialDate.Parse(text);
        }
        catch (FormatException e)
        {
            throw Error(Line($"\"{text}\""), field, e.Message);
        }
    }

    private static PartialDate? RowDate(SourcedRow row, string column) =>
        PartialDate.Parse(row[column], row.File, row.Line, row.ColumnOf(column), column);

    /// <summary>Resolves <c>file#row</c>: a row of a loaded table must exist; other files are taken as cited.</summary>
    private SourceRef Cite(string cite) => Row(cite, Line($"\"{cite}\""), "cite")?.Source ?? Split(cite);

    private SourcedRow? Row(string cite, long line, string field)
    {
        var (file, id) = SplitParts(cite) ?? throw Error(line, field, $"'{cite}' is not a citation (file#row)");
        if (!_tables.TryGetValue(file, out var table))
        {
            return null;
        }

        return table.Find(id) ?? throw Error(line, field, $"'{cite}': {file} has no row {id}");
    }

    private static SourceRef Split(string cite)
    {
        var (file, id) = SplitParts(cite)!.Value;
        return new SourceRef(file, id);
    }

    private static (string File, string Id)? SplitParts(string cite)
    {
        var hash = cite.IndexOf('#', StringComparison.Ordinal);
        return hash <= 0 || hash == cite.Length - 1 ? null : (cite[..hash], cite[(hash + 1)..]);
    }

    private T ParseEnum<T>(string text, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw Error(Line($"\"{text}\""), field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");

    /// <summary>1-based line of the first occurrence of <paramref name="needle"/>, 0 when absent.</summary>
    private long Line(string needle)
    {
        var at = _text.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? 0 : _text.AsSpan(0, at).Count('\n') + 1;
    }

    private DataFormatException Error(long line, string field, string reason) => new(_file, line, 0, field, reason);
}
