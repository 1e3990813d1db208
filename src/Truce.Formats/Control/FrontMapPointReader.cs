using Truce.Domain.Control;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Domain.Time;
using Truce.Formats.Csv;
using Truce.Formats.Reading;

namespace Truce.Formats.Control;

/// <summary>
/// Reads the points of a front map as place control records: the layout of
/// <c>data/control-2017/control_points.csv</c> (Wikipedia's "Syrian Civil War detailed map" module,
/// one row per map point with its <c>faction</c>). Each point becomes a place record with id
/// <c>file#id</c>, the faction as controller (the two parties of a contested point as detail),
/// the label as name and a point at (lon, lat).
/// </summary>
/// <remarks>
/// The module states no date; the caller gives the period the map shows (<see cref="Syria2017"/>
/// for the bundled copy), and it becomes every record's interval and date basis. Rows are left
/// out, each reported in <see cref="ControlReadResult.Skipped"/>, when flagged
/// <c>in_syria_bbox=False</c> (a typo outlier), when <c>duplicate_of</c> names an earlier point,
/// or when the faction is <c>other</c> (border-post icons drawn over a faction point, inset
/// images, overlays: not control marks). Anything else that cannot be read stops the read.
/// </remarks>
public sealed class FrontMapPointReader(Stream stream, string fileName, FrontMapDating dating) : IDisposable
{
    /// <summary>
    /// The dating of the bundled 2017 copy: about June–August 2017 (data/control-2017/README.md:
    /// Raqqa under siege, ISIL still in al-Sukhnah, Mayadin and Abu Kamal; the newest linked pages
    /// are 2017 offensives). Stated as months, so it widens to 2017-06-01 .. 2017-08-31.
    /// </summary>
    public static FrontMapDating Syria2017 { get; } = new(
        PartialDate.Parse("2017-06")!, PartialDate.Parse("2017-08")!,
        "about June–August 2017: the module carries no date; inferred from the map's content (data/control-2017/README.md)");

    private static readonly string[] Required = ["id", "label", "lat", "lon", "mark", "faction", "parties", "in_syria_bbox", "duplicate_of"];
    private static readonly HashSet<string> Factions = new(StringComparer.Ordinal)
    {
        "government", "opposition", "sdf", "hts", "isil", "turkey_backed", "contested",
    };

    private readonly CsvReader _csv = new(stream, fileName);

    /// <summary>Reads every point.</summary>
    /// <exception cref="DataFormatException">A wrong header, a bad coordinate, an unknown faction or flag, a repeated id.</exception>
    public ControlReadResult Read()
    {
        ArgumentNullException.ThrowIfNull(dating);
        var names = _csv.ReadHeader(Required, "a front-map point list");
        var header = new CsvHeader(names);
        var record = new CsvRecord(_csv, names, keepOriginal: false, new Utf8StringPool());
        var file = Path.GetFileName(fileName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ControlRecord>();
        var skipped = new List<ImportWarning>();
        while (_csv.Read())
        {
            if (_csv.FieldCount != names.Length)
            {
                throw _csv.RecordError($"{_csv.FieldCount} fields where the header has {names.Length}");
            }

            var idColumn = header["id"];
            var id = record.RequiredText(idColumn).Trim();
            if (!seen.Add(id))
            {
                throw record.Error(idColumn, $"id {id} appears twice");
            }

            if (SkipReason(record, header) is { } why)
            {
                skipped.Add(new ImportWarning(fileName, _csv.Line, 0, null, $"point {id} left out: {why}"));
                continue;
            }

            var (lat, lon) = record.Point(header["lat"], header["lon"]);
            if (lat is null || lon is null)
            {
                throw record.Error(header["lat"], "is empty but required");
            }

            var faction = record.RequiredText(header["faction"]).Trim();
            records.Add(new ControlRecord
            {
                Id = $"{file}#{id}",
                Controller = faction,
                ControllerDetail = faction == "contested" ? record.Text(header["parties"]) : null,
                Shape = ControlShape.Place,
                Name = record.Text(header["label"]),
                Geometry = Wgs84.Point(lon.Value, lat.Value),
                From = dating.From.Earliest,
                To = dating.To.Latest,
                FromStated = dating.From,
                ToStated = dating.To,
                DateBasis = dating.Basis,
                Confidence = Confidence.Unknown,
                Source = new SourceRef(file, id, "Syrian Civil War detailed map",
                    "https://en.wikipedia.org/wiki/Module:Syrian_Civil_War_detailed_map", record.Text(header["mark"]), "mirror/copy"),
            });
        }

        return new ControlReadResult(records, skipped);
    }

    public void Dispose() => _csv.Dispose();

    private static string? SkipReason(CsvRecord record, CsvHeader header)
    {
        var boxColumn = header["in_syria_bbox"];
        switch (record.RequiredText(boxColumn).Trim())
        {
            case "False":
                return $"flagged outside Syria's bounding box (lat {record.Text(header["lat"])}, lon {record.Text(header["lon"])})";
            case "True":
                break;
            case var other:
                throw record.Error(boxColumn, $"'{other}' is not True or False");
        }

        if (record.Text(header["duplicate_of"]) is { } original)
        {
            return $"duplicate of point {original.Trim()}";
        }

        var factionColumn = header["faction"];
        var faction = record.RequiredText(factionColumn).Trim();
        return faction == "other"
            ? $"not a control mark ({record.Text(header["kind"]) ?? "no kind"}, {record.Text(header["mark"])})"
            : Factions.Contains(faction) ? null : throw record.Error(factionColumn, $"'{faction}' is not a known faction");
    }
}
