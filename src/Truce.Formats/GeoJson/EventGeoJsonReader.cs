using System.Globalization;
using System.Text.Json;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.Csv;
using Truce.Formats.Reading;

namespace Truce.Formats.GeoJson;

/// <summary>
/// Reads the GeoJSON that <see cref="EventGeoJsonWriter"/> writes back into the same records,
/// one feature at a time.
/// </summary>
public sealed class EventGeoJsonReader(Stream stream, string fileName) : IEventReader
{
    private readonly CountingStream _stream = new(stream);
    private readonly ContentHash _hash = new();

    public string FileName => fileName;

    public long BytesRead => _stream.Position;

    public IReadOnlyList<ImportWarning> Warnings => [];

    public int WarningCount => 0;

    public long HeaderLength => 0;

    public IEnumerable<EventRow> ReadEvents()
    {
        var index = 0;
        foreach (var json in FeatureStream.Read(_stream, fileName))
        {
            using var doc = JsonDocument.Parse(json);
            ConflictEvent ev;
            try
            {
                ev = Map(doc.RootElement);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                throw new DataFormatException(fileName, 0, 0, $"features[{index}]", $"not a Truce event feature: {e.Message}");
            }

            yield return new EventRow(ev, null, ++index, _hash.Of(ev.Original));
        }
    }

    public void Dispose() => _stream.Dispose();

    private static ConflictEvent Map(JsonElement feature)
    {
        var p = feature.GetProperty("properties");
        string? S(string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? I(string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        DateOnly D(string name) => DateOnly.ParseExact(S(name) ?? throw new FormatException($"{name} is missing"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        double? lat = null, lon = null;
        if (feature.GetProperty("geometry") is { ValueKind: JsonValueKind.Object } geometry)
        {
            var coordinates = geometry.GetProperty("coordinates");
            lon = coordinates[0].GetDouble();
            lat = coordinates[1].GetDouble();
        }

        if (!EventDatasets.TryParse(S("dataset"), out var dataset))
        {
            throw new FormatException($"unknown dataset '{S("dataset")}'");
        }

        return new ConflictEvent
        {
            Dataset = dataset,
            SourceId = S("source_id") ?? throw new FormatException("source_id is missing"),
            DateStart = D("date_start"),
            DateEnd = D("date_end"),
            DatePrecision = I("date_precision") ?? throw new FormatException("date_precision is missing"),
            GeoPrecision = I("geo_precision") ?? throw new FormatException("geo_precision is missing"),
            EventType = S("event_type"),
            SubEventType = S("sub_event_type"),
            DisorderType = S("disorder_type"),
            ViolenceType = I("type_of_violence"),
            Actor1 = S("actor1"),
            AssocActor1 = S("assoc_actor_1"),
            Inter1 = S("inter1"),
            Actor2 = S("actor2"),
            AssocActor2 = S("assoc_actor_2"),
            Inter2 = S("inter2"),
            Interaction = S("interaction"),
            CivilianTargeting = S("civilian_targeting"),
            Dyad = S("dyad"),
            ConflictName = S("conflict_name"),
            Country = S("country"),
            Iso = S("iso"),
            Region = S("region"),
            Admin1Name = S("admin1"),
            Admin2Name = S("admin2"),
            Admin3Name = S("admin3"),
            Location = S("location"),
            Latitude = lat,
            Longitude = lon,
            Best = I("best") ?? 0,
            Low = I("low") ?? 0,
            High = I("high") ?? 0,
            DeathsA = I("deaths_a"),
            DeathsB = I("deaths_b"),
            DeathsCivilians = I("deaths_civilians"),
            DeathsUnknown = I("deaths_unknown"),
            NumberOfSources = I("number_of_sources"),
            Sources = S("source"),
            SourceScale = S("source_scale"),
            Notes = S("notes"),
            Timestamp = p.TryGetProperty("timestamp", out var ts) ? ts.GetInt64() : null,
            ClaimedTarget = S("claimed_target"),
            Original = p.TryGetProperty("original", out var original) ? EventCells.ParseOriginal(original) : SourceFields.Empty,
        };
    }
}
