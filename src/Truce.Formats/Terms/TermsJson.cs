using System.Text.Json.Serialization;

namespace Truce.Formats.Terms;

// The JSON shape of a terms file (docs/terms-format.md). Unknown members are errors.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class TermsJson
{
    [JsonPropertyName("format")]
    public required string Format { get; init; }

    [JsonPropertyName("about")]
    public string? About { get; init; }

    [JsonPropertyName("files")]
    public FilesJson? Files { get; init; }

    [JsonPropertyName("stakeholders")]
    public required List<StakeholderJson> Stakeholders { get; init; }

    [JsonPropertyName("authorities")]
    public required List<AuthorityJson> Authorities { get; init; }

    [JsonPropertyName("actors")]
    public List<ActorJson>? Actors { get; init; }

    [JsonPropertyName("aliases")]
    public List<AliasJson>? Aliases { get; init; }

    [JsonPropertyName("names")]
    public List<NameJson>? Names { get; init; }

    [JsonPropertyName("links")]
    public List<LinkJson>? Links { get; init; }

    [JsonPropertyName("un_list")]
    public List<UnListJson>? UnList { get; init; }

    [JsonPropertyName("designations")]
    public required List<DesignationJson> Designations { get; init; }

    [JsonPropertyName("controllers")]
    public List<ControllerJson>? Controllers { get; init; }

    [JsonPropertyName("agreements")]
    public required List<AgreementJson> Agreements { get; init; }
}

internal sealed class FilesJson
{
    [JsonPropertyName("designations")]
    public required string Designations { get; init; }

    [JsonPropertyName("agreements")]
    public required string Agreements { get; init; }

    [JsonPropertyName("ucdp_actors")]
    public required string UcdpActors { get; init; }

    [JsonPropertyName("un_list")]
    public required string UnList { get; init; }

    [JsonPropertyName("control")]
    public List<string>? Control { get; init; }

    [JsonPropertyName("places")]
    public List<string>? Places { get; init; }
}

internal sealed class StakeholderJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

internal sealed class AuthorityJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("rows")]
    public required string Rows { get; init; }
}

internal sealed class ActorJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }

    [JsonPropertyName("why")]
    public string? Why { get; init; }
}

internal sealed class AliasJson
{
    [JsonPropertyName("actor")]
    public required string Actor { get; init; }

    [JsonPropertyName("names")]
    public required List<string> Names { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class NameJson
{
    [JsonPropertyName("actor")]
    public required string Actor { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("from")]
    public string? From { get; init; }

    [JsonPropertyName("to")]
    public string? To { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class LinkJson
{
    [JsonPropertyName("from")]
    public required string From { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("to")]
    public required string To { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class UnListJson
{
    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    [JsonPropertyName("actor")]
    public required string Actor { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class DesignationJson
{
    [JsonPropertyName("row")]
    public required string Row { get; init; }

    [JsonPropertyName("effect")]
    public string? Effect { get; init; }

    [JsonPropertyName("authority")]
    public string? Authority { get; init; }

    [JsonPropertyName("actor")]
    public string? Actor { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("ends")]
    public List<string>? Ends { get; init; }

    [JsonPropertyName("why")]
    public string? Why { get; init; }
}

internal sealed class ControllerJson
{
    [JsonPropertyName("controller")]
    public required string Controller { get; init; }

    [JsonPropertyName("actors")]
    public required List<string> Actors { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class DatedJson
{
    [JsonPropertyName("date")]
    public required string Date { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }

    [JsonPropertyName("why")]
    public string? Why { get; init; }
}

internal sealed class ScopeJson
{
    [JsonPropertyName("countries")]
    public required List<string> Countries { get; init; }

    [JsonPropertyName("areas")]
    public List<string>? Areas { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class HostileJson
{
    [JsonPropertyName("types")]
    public required List<string> Types { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class PartyJson
{
    [JsonPropertyName("actor")]
    public string? Actor { get; init; }

    [JsonPropertyName("any_non_state")]
    public bool AnyNonState { get; init; }

    [JsonPropertyName("joined")]
    public string? Joined { get; init; }

    [JsonPropertyName("left")]
    public string? Left { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class NamedJson
{
    [JsonPropertyName("actor")]
    public required string Actor { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

internal sealed class ReadingJson
{
    [JsonPropertyName("stakeholder")]
    public required string Stakeholder { get; init; }

    [JsonPropertyName("named")]
    public required List<NamedJson> Named { get; init; }

    [JsonPropertyName("authorities")]
    public required List<string> Authorities { get; init; }

    [JsonPropertyName("renamings")]
    public required string Renamings { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class ZoneJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("areas")]
    public required List<string> Areas { get; init; }

    [JsonPropertyName("only")]
    public required List<string> Only { get; init; }

    [JsonPropertyName("from")]
    public string? From { get; init; }

    [JsonPropertyName("to")]
    public string? To { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class AgreementJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("from")]
    public DatedJson? From { get; init; }

    [JsonPropertyName("to")]
    public DatedJson? To { get; init; }

    [JsonPropertyName("scope")]
    public required ScopeJson Scope { get; init; }

    [JsonPropertyName("hostile")]
    public required HostileJson Hostile { get; init; }

    [JsonPropertyName("guarantors")]
    public List<string>? Guarantors { get; init; }

    [JsonPropertyName("parties")]
    public required List<PartyJson> Parties { get; init; }

    [JsonPropertyName("readings")]
    public required List<ReadingJson> Readings { get; init; }

    [JsonPropertyName("zones")]
    public List<ZoneJson>? Zones { get; init; }
}
#pragma warning restore CA1812
