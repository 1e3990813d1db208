using System.Text.Json;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Formats.Reading;

namespace Truce.Formats.Csv;

/// <summary>
/// Reads Truce's own CSV (and HXL) export back into the same records: the dataset column decides
/// how precision codes are read, and <c>original_fields</c> restores the source row.
/// </summary>
public sealed class TruceCsvReader : CsvEventReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private readonly Dictionary<string, int> _at = new(StringComparer.Ordinal);

    public TruceCsvReader(Stream stream, string fileName, ReaderOptions? options = null)
        : base(stream, fileName, options)
    {
    }

    private protected override EventFileFormat Format => EventFileFormat.TruceCsv;

    private protected override IReadOnlyList<string> RequiredColumns => TruceCsvColumns.All;

    private readonly ContentHash _hash = new();

    private protected override bool IsMetadataRow(CsvReader csv) =>
        Enumerable.Range(0, csv.FieldCount).All(i => csv.GetSpan(i) is [(byte)'#', ..]);

    /// <summary>A Truce export carries the source row inside; its fingerprint is that row's.</summary>
    private protected override UInt128 HashOf(ConflictEvent mapped) => _hash.Of(mapped.Original);

    private protected override void Bind(CsvHeader header)
    {
        foreach (var name in TruceCsvColumns.All)
        {
            _at[name] = header[name];
        }
    }

    private protected override ConflictEvent Map(CsvRecord r)
    {
        int C(string name) => _at[name];
        string? T(string name) => SafeCell.Unescape(r.Text(C(name)));
        var datasetText = r.RequiredText(C("dataset"));
        if (!EventDatasets.TryParse(datasetText, out var dataset))
        {
            throw r.Error(C("dataset"), $"unknown dataset '{datasetText}' (ucdp-ged or acled)");
        }

        var acled = dataset == EventDataset.Acled;
        var dateMax = Precision.MaxDateCode(dataset);
        var geoMax = Precision.MaxGeoCode(dataset);
        SourceFields original;
        try
        {
            using var json = JsonDocument.Parse(r.RequiredText(C("original_fields")));
            original = EventCells.ParseOriginal(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw r.Error(C("original_fields"), $"is not a JSON array of [name, value] pairs ({e.Message})");
        }

        return new ConflictEvent
        {
            Dataset = dataset,
            SourceId = T("event_id_cnty") ?? throw r.Error(C("event_id_cnty"), "is empty but required"),
            DateStart = r.RequiredDate(C("date_start"), DateFormats),
            DateEnd = r.RequiredDate(C("date_end"), DateFormats),
            DatePrecision = r.RequiredInt(C(acled ? "time_precision" : "date_prec"), 1, dateMax),
            GeoPrecision = r.RequiredInt(C(acled ? "geo_precision" : "where_prec"), 1, geoMax),
            DisorderType = T("disorder_type"),
            EventType = T("event_type"),
            SubEventType = T("sub_event_type"),
            ViolenceType = r.OptionalInt(C("type_of_violence"), 1, 3),
            Actor1 = T("actor1"),
            AssocActor1 = T("assoc_actor_1"),
            Inter1 = T("inter1"),
            Actor2 = T("actor2"),
            AssocActor2 = T("assoc_actor_2"),
            Inter2 = T("inter2"),
            Interaction = T("interaction"),
            CivilianTargeting = T("civilian_targeting"),
            Dyad = T("dyad"),
            ConflictName = T("conflict_name"),
            Iso = T("iso"),
            Region = T("region"),
            Country = T("country"),
            Admin1Name = T("admin1"),
            Admin2Name = T("admin2"),
            Admin3Name = T("admin3"),
            Location = T("location"),
            Latitude = r.Coordinate(C("latitude"), 90),
            Longitude = r.Coordinate(C("longitude"), 180),
            Sources = T("source"),
            SourceScale = T("source_scale"),
            Notes = T("notes"),
            Best = r.RequiredInt(C("best"), 0, int.MaxValue),
            Low = r.RequiredInt(C("low"), 0, int.MaxValue),
            High = r.RequiredInt(C("high"), 0, int.MaxValue),
            DeathsA = r.OptionalInt(C("deaths_a"), 0, int.MaxValue),
            DeathsB = r.OptionalInt(C("deaths_b"), 0, int.MaxValue),
            DeathsCivilians = r.OptionalInt(C("deaths_civilians"), 0, int.MaxValue),
            DeathsUnknown = r.OptionalInt(C("deaths_unknown"), 0, int.MaxValue),
            NumberOfSources = r.OptionalInt(C("number_of_sources"), -1, int.MaxValue),
            Timestamp = r.OptionalLong(C("timestamp")),
            ClaimedTarget = T("claimed_target"),
            Original = original,
        };
    }
}
