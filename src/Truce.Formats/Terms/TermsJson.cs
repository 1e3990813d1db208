using System.Text.Json.Serialization;

namespace Truce.Formats.Terms;

// The JSON shape of a terms file (docs/terms-format.md). Unknown members are errors.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed record TermsJson(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("about")] string? About,
    [property: JsonPropertyName("files")] FilesJson? Files,
    [property: JsonPropertyName("stakeholders")] List<StakeholderJson> Stakeholders,
    [property: JsonPropertyName("authorities")] List<AuthorityJson> Authorities,
    [property: JsonPropertyName("actors")] List<ActorJson>? Actors,
    [property: JsonPropertyName("aliases")] List<AliasJson>? Aliases,
    [property: JsonPropertyName("names")] List<NameJson>? Names,
    [property: JsonPropertyName("links")] List<LinkJson>? Links,
    [property: JsonPropertyName("un_list")] List<UnListJson>? UnList,
    [property: JsonPropertyName("designations")] List<DesignationJson> Designations,
    [property: JsonPropertyName("controllers")] List<ControllerJson>? Controllers,
    [property: JsonPropertyName("agreements")] List<AgreementJson> Agreements);

internal sealed record FilesJson(
    [property: JsonPropertyName("designations")] string Designations,
    [property: JsonPropertyName("agreements")] string Agreements,
    [property: JsonPropertyName("ucdp_actors")] string UcdpActors,
    [property: JsonPropertyName("un_list")] string UnList,
    [property: JsonPropertyName("control")] List<string>? Control,
    [property: JsonPropertyName("places")] List<string>? Places);

internal sealed record StakeholderJson([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("name")] string Name);

internal sealed record AuthorityJson([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("rows")] string Rows);

internal sealed record ActorJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("cite")] string Cite,
    [property: JsonPropertyName("why")] string? Why);

internal sealed record AliasJson([property: JsonPropertyName("actor")] string Actor, [property: JsonPropertyName("names")] List<string> Names, [property: JsonPropertyName("cite")] string Cite);

internal sealed record NameJson(
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record LinkJson(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record UnListJson(
    [property: JsonPropertyName("entity")] string Entity,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record DesignationJson(
    [property: JsonPropertyName("row")] string Row,
    [property: JsonPropertyName("effect")] string? Effect,
    [property: JsonPropertyName("authority")] string? Authority,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("ends")] List<string>? Ends,
    [property: JsonPropertyName("why")] string? Why);

internal sealed record ControllerJson([property: JsonPropertyName("controller")] string Controller, [property: JsonPropertyName("actors")] List<string> Actors, [property: JsonPropertyName("cite")] string Cite);

internal sealed record DatedJson([property: JsonPropertyName("date")] string Date, [property: JsonPropertyName("cite")] string Cite, [property: JsonPropertyName("why")] string? Why);

internal sealed record ScopeJson([property: JsonPropertyName("countries")] List<string> Countries, [property: JsonPropertyName("areas")] List<string>? Areas, [property: JsonPropertyName("cite")] string Cite);

internal sealed record HostileJson([property: JsonPropertyName("types")] List<string> Types, [property: JsonPropertyName("cite")] string Cite);

internal sealed record PartyJson(
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("any_non_state")] bool AnyNonState,
    [property: JsonPropertyName("joined")] string? Joined,
    [property: JsonPropertyName("left")] string? Left,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record NamedJson([property: JsonPropertyName("actor")] string Actor, [property: JsonPropertyName("name")] string? Name);

internal sealed record ReadingJson(
    [property: JsonPropertyName("stakeholder")] string Stakeholder,
    [property: JsonPropertyName("named")] List<NamedJson> Named,
    [property: JsonPropertyName("authorities")] List<string> Authorities,
    [property: JsonPropertyName("renamings")] string Renamings,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record ZoneJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("areas")] List<string> Areas,
    [property: JsonPropertyName("only")] List<string> Only,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("cite")] string Cite);

internal sealed record AgreementJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("cite")] string Cite,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("from")] DatedJson? From,
    [property: JsonPropertyName("to")] DatedJson? To,
    [property: JsonPropertyName("scope")] ScopeJson Scope,
    [property: JsonPropertyName("hostile")] HostileJson Hostile,
    [property: JsonPropertyName("guarantors")] List<string>? Guarantors,
    [property: JsonPropertyName("parties")] List<PartyJson> Parties,
    [property: JsonPropertyName("readings")] List<ReadingJson> Readings,
    [property: JsonPropertyName("zones")] List<ZoneJson>? Zones);
#pragma warning restore CA1812
