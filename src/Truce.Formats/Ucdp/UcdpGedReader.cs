using Truce.Domain.Events;
using Truce.Formats.Csv;
using Truce.Formats.Detection;
using Truce.Formats.Reading;

namespace Truce.Formats.Ucdp;

/// <summary>
/// Reads UCDP GED CSV exactly as published (codebook 19.1 and later; older column sets too, as
/// long as the required columns exist). Streaming; strict unless <see cref="ReaderOptions.SkipBadRows"/>.
/// </summary>
/// <remarks>
/// Known quirks of real releases are kept, not corrected: best outside low..high (101 rows of the
/// 2016–2019 Syria extract) is a warning; empty adm_1/adm_2 are null; multi-line quoted fields are read whole.
/// </remarks>
public sealed class UcdpGedReader : CsvEventReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] ViolenceNames = ["", "State-based conflict", "Non-state conflict", "One-sided violence"];

    private int _id, _violence, _conflict, _dyad, _sideA, _sideB, _sources, _article, _headline, _wherePrec,
        _where, _adm1, _adm2, _lat, _lon, _country, _region, _datePrec, _start, _end, _deathsA, _deathsB,
        _civilians, _unknown, _low, _best, _high;

    public UcdpGedReader(Stream stream, string fileName, ReaderOptions? options = null)
        : base(stream, fileName, options)
    {
    }

    private protected override EventFileFormat Format => EventFileFormat.Ucdp;

    private protected override IReadOnlyList<string> RequiredColumns { get; } =
        ["id", "type_of_violence", "side_a", "side_b", "where_prec", "latitude", "longitude", "date_prec", "date_start", "date_end", "best", "low", "high"];

    private protected override void Bind(CsvHeader h)
    {
        (_id, _violence, _conflict, _dyad, _sideA, _sideB) = (h["id"], h["type_of_violence"], h["conflict_name"], h["dyad_name"], h["side_a"], h["side_b"]);
        (_sources, _article, _headline) = (h["number_of_sources"], h["source_article"], h["source_headline"]);
        (_wherePrec, _where, _adm1, _adm2, _lat, _lon) = (h["where_prec"], h["where_coordinates"], h["adm_1"], h["adm_2"], h["latitude"], h["longitude"]);
        (_country, _region, _datePrec, _start, _end) = (h["country"], h["region"], h["date_prec"], h["date_start"], h["date_end"]);
        (_deathsA, _deathsB, _civilians, _unknown) = (h["deaths_a"], h["deaths_b"], h["deaths_civilians"], h["deaths_unknown"]);
        (_low, _best, _high) = (h["low"], h["best"], h["high"]);
    }

    private protected override ConflictEvent Map(CsvRecord r)
    {
        var violence = r.RequiredInt(_violence, 1, 3);
        var start = r.RequiredDate(_start, DateFormats);
        var end = r.RequiredDate(_end, DateFormats);
        if (end < start)
        {
            throw r.Error(_end, $"ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
        }

        var (lat, lon) = r.Point(_lat, _lon);

        var (low, best, high) = (r.RequiredInt(_low, 0, int.MaxValue), r.RequiredInt(_best, 0, int.MaxValue), r.RequiredInt(_high, 0, int.MaxValue));
        if (best < low || best > high)
        {
            Warn(_best, "best", $"best {best} lies outside low..high {low}..{high} (kept as published)");
        }

        return new ConflictEvent
        {
            Dataset = EventDataset.UcdpGed,
            SourceId = r.RequiredText(_id),
            DateStart = start,
            DateEnd = end,
            DatePrecision = UnknownCode(r, _datePrec, "date_prec", 5),
            GeoPrecision = UnknownCode(r, _wherePrec, "where_prec", 7),
            ViolenceType = violence,
            EventType = ViolenceNames[violence],
            ConflictName = r.Label(_conflict),
            Dyad = r.Label(_dyad),
            Actor1 = r.Label(_sideA),
            Actor2 = r.Label(_sideB),
            NumberOfSources = r.OptionalInt(_sources, -1, int.MaxValue),
            Sources = Options.DecodeFreeText ? r.Text(_article) : null,
            Notes = Options.DecodeFreeText ? r.Text(_headline) : null,
            Location = r.Label(_where),
            Admin1Name = r.Label(_adm1),
            Admin2Name = r.Label(_adm2),
            Latitude = lat,
            Longitude = lon,
            Country = r.Label(_country),
            Region = r.Label(_region),
            Low = low,
            Best = best,
            High = high,
            DeathsA = r.OptionalInt(_deathsA, 0, int.MaxValue),
            DeathsB = r.OptionalInt(_deathsB, 0, int.MaxValue),
            DeathsCivilians = r.OptionalInt(_civilians, 0, int.MaxValue),
            DeathsUnknown = r.OptionalInt(_unknown, 0, int.MaxValue),
            Original = r.Original,
        };
    }

    private static int UnknownCode(CsvRecord r, int column, string name, int max) =>
        r.Digit(column) is var code && code >= 1 && code <= max
            ? code
            : throw r.Error(column, $"unknown precision code '{r.RequiredText(column)}' (UCDP {name} is 1–{max})");
}
