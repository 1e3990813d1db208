using Truce.Domain.Events;
using Truce.Formats.Csv;
using Truce.Formats.Detection;
using Truce.Formats.Reading;

namespace Truce.Formats.Acled;

/// <summary>
/// Reads an ACLED CSV export (the 31 columns of the current layout; extra columns are kept in
/// <see cref="ConflictEvent.Original"/>). Dates like <c>02 June 2023</c> or ISO <c>2023-06-02</c>;
/// inter codes as numbers or labels. Fatalities fill best, low and high alike.
/// </summary>
public sealed class AcledReader : CsvEventReader
{
    private static readonly string[] DateFormats = ["dd MMMM yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

    private int _id, _date, _timePrec, _disorder, _type, _subType, _actor1, _assoc1, _inter1, _actor2, _assoc2,
        _inter2, _interaction, _civilian, _iso, _region, _country, _admin1, _admin2, _admin3, _location, _lat,
        _lon, _geoPrec, _source, _scale, _notes, _fatalities, _timestamp;

    public AcledReader(Stream stream, string fileName, ReaderOptions? options = null)
        : base(stream, fileName, options)
    {
    }

    private protected override EventFileFormat Format => EventFileFormat.Acled;

    private protected override IReadOnlyList<string> RequiredColumns { get; } =
        ["event_id_cnty", "event_date", "time_precision", "event_type", "actor1", "latitude", "longitude", "geo_precision", "fatalities"];

    private protected override void Bind(CsvHeader h)
    {
        (_id, _date, _timePrec, _disorder, _type, _subType) = (h["event_id_cnty"], h["event_date"], h["time_precision"], h["disorder_type"], h["event_type"], h["sub_event_type"]);
        (_actor1, _assoc1, _inter1, _actor2, _assoc2, _inter2) = (h["actor1"], h["assoc_actor_1"], h["inter1"], h["actor2"], h["assoc_actor_2"], h["inter2"]);
        (_interaction, _civilian, _iso, _region, _country) = (h["interaction"], h["civilian_targeting"], h["iso"], h["region"], h["country"]);
        (_admin1, _admin2, _admin3, _location, _lat, _lon, _geoPrec) = (h["admin1"], h["admin2"], h["admin3"], h["location"], h["latitude"], h["longitude"], h["geo_precision"]);
        (_source, _scale, _notes, _fatalities, _timestamp) = (h["source"], h["source_scale"], h["notes"], h["fatalities"], h["timestamp"]);
    }

    private protected override ConflictEvent Map(CsvRecord r)
    {
        var date = r.RequiredDate(_date, DateFormats);
        var (lat, lon) = r.Point(_lat, _lon);

        var fatalities = r.RequiredInt(_fatalities, 0, int.MaxValue);
        var actor1 = r.Label(_actor1);
        var actor2 = r.Label(_actor2);
        return new ConflictEvent
        {
            Dataset = EventDataset.Acled,
            SourceId = r.RequiredText(_id),
            DateStart = date,
            DateEnd = date,
            DatePrecision = Code(r, _timePrec, "time_precision"),
            GeoPrecision = Code(r, _geoPrec, "geo_precision"),
            DisorderType = r.Label(_disorder),
            EventType = r.Label(_type) ?? throw r.Error(_type, "is empty but required"),
            SubEventType = r.Label(_subType),
            Actor1 = actor1,
            AssocActor1 = r.Label(_assoc1),
            Inter1 = Inter(r, _inter1),
            Actor2 = actor2,
            AssocActor2 = r.Label(_assoc2),
            Inter2 = Inter(r, _inter2),
            Interaction = r.Label(_interaction),
            CivilianTargeting = r.Label(_civilian),
            Dyad = actor2 is null ? actor1 : $"{actor1} - {actor2}",
            Iso = r.Label(_iso),
            Region = r.Label(_region),
            Country = r.Label(_country),
            Admin1Name = r.Label(_admin1),
            Admin2Name = r.Label(_admin2),
            Admin3Name = r.Label(_admin3),
            Location = r.Label(_location),
            Latitude = lat,
            Longitude = lon,
            Sources = r.Label(_source),
            SourceScale = r.Label(_scale),
            Notes = Options.DecodeFreeText ? r.Text(_notes) : null,
            Best = fatalities,
            Low = fatalities,
            High = fatalities,
            Timestamp = r.OptionalLong(_timestamp),
            Original = r.Original,
        };
    }

    private static int Code(CsvRecord r, int column, string name) =>
        r.Digit(column) is var code && code is >= 1 and <= 3
            ? code
            : throw r.Error(column, $"unknown precision code '{r.RequiredText(column)}' (ACLED {name} is 1–3)");

    private static string? Inter(CsvRecord r, int column)
    {
        var text = r.Text(column);
        return text is null || AcledInterCodes.IsValid(text)
            ? text
            : throw r.Error(column, $"'{text}' is neither an ACLED inter code (0–8) nor one of its labels");
    }
}
