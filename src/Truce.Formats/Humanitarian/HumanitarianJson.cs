using System.Text.Json.Serialization;

namespace Truce.Formats.Humanitarian;

// The JSON shape of a humanitarian manifest (docs/humanitarian.md). Unknown members are errors.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class HumanitarianJson
{
    [JsonPropertyName("format")]
    public required string Format { get; init; }

    [JsonPropertyName("about")]
    public string? About { get; init; }

    [JsonPropertyName("files")]
    public required HumanitarianFilesJson Files { get; init; }

    [JsonPropertyName("areas")]
    public required List<AreaJson> Areas { get; init; }

    [JsonPropertyName("parties")]
    public List<PartyJson>? Parties { get; init; }

    [JsonPropertyName("conditions")]
    public List<ConditionJson>? Conditions { get; init; }

    [JsonPropertyName("places")]
    public List<PlaceJson>? Places { get; init; }
}

internal sealed class PlaceJson
{
    [JsonPropertyName("pcode")]
    public required string Pcode { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("lon")]
    public required double Lon { get; init; }

    [JsonPropertyName("lat")]
    public required double Lat { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class HumanitarianFilesJson
{
    [JsonPropertyName("sieges")]
    public List<string>? Sieges { get; init; }

    [JsonPropertyName("convoys")]
    public List<string>? Convoys { get; init; }

    [JsonPropertyName("casualties")]
    public List<string>? Casualties { get; init; }
}

internal sealed class AreaJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("names")]
    public required List<string> Names { get; init; }

    [JsonPropertyName("pcodes")]
    public List<string>? Pcodes { get; init; }

    [JsonPropertyName("held_by")]
    public string? HeldBy { get; init; }

    [JsonPropertyName("within")]
    public List<string>? Within { get; init; }

    [JsonPropertyName("total")]
    public bool Total { get; init; }

    [JsonPropertyName("cite")]
    public required string Cite { get; init; }
}

internal sealed class PartyJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("names")]
    public required List<string> Names { get; init; }
}

internal sealed class ConditionJson
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("agreement")]
    public string? Agreement { get; init; }

    [JsonPropertyName("max_per_day")]
    public int? MaxPerDay { get; init; }

    [JsonPropertyName("days")]
    public int? Days { get; init; }

    [JsonPropertyName("why")]
    public string? Why { get; init; }
}
