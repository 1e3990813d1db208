using System.Globalization;
using System.Text;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;
using Truce.Domain.Sources;
using Truce.Domain.Spatial;
using Truce.Domain.Time;
using Truce.Formats.Csv;
using Truce.Geo.Geodesy;

namespace Truce.Formats.Sites;

/// <summary>
/// Reads a table of reported attacks on protected sites (layout of <c>protected_sites.csv</c>,
/// data/aleppo-2016/README.md section 6): one row per source's report, several rows per site.
/// Yields the distinct sites, each keeping its stated location precision and citing every row,
/// and every report. Strict: the first bad row stops the read.
/// </summary>
/// <remarks>
/// <para>
/// Rows name the same site when their names agree once parenthesised asides, punctuation, case
/// and spacing are dropped (<c>Omar bin AbdulAziz hospital</c> = <c>Omar Bin Abdul Aziz hospital</c>)
/// and they give the same P-codes; such rows must then give the same coordinates and precision.
/// Sites the sources identify only in prose (<c>'M10' / al-Sakhour hospital</c> next to
/// <c>'M10' hospital</c>) stay separate: two sites protect more than a wrong merge would.
/// </para>
/// <para>
/// <c>coords_from</c> is the precision: <c>neighbourhood_centroid</c> (a neighbourhood P-code is
/// required), <c>ocha_community_point_2015</c> (a community P-code is required), or a value
/// starting <c>none</c> (no coordinates may be given; the site has no geometry and
/// <see cref="PrecisionKind.Unknown"/>). The uncertainty each adds to the radius is described in
/// <see cref="SiteTableOptions"/>. A site's category is the first of the row's <c>site_type</c>
/// values. Sites carry no validity window (the table gives none) and have id <c>file#first row</c>.
/// Not thread-safe.
/// </para>
/// </remarks>
public sealed class ProtectedSiteTableReader(Stream stream, string fileName, SiteTableOptions? options = null) : IDisposable
{
    private static readonly string[] Required =
        ["id", "site_name", "site_type", "neighbourhood_pcode", "community_pcode", "lat", "lon", "coords_from", "attack_date", "attack_time_local",
         "reported_impact", "casualties", "attributed_to_by_source", "note", "source_flag", "date_qualifiers", "source_key", "source_url", "source_quote"];

    private readonly CsvReader _csv = new(stream, fileName);
    private readonly SiteTableOptions _options = options ?? new SiteTableOptions();

    /// <summary>Reads every row.</summary>
    /// <exception cref="DataFormatException">A wrong header or field count; an empty or repeated id or name; an unknown site
    /// type or precision; coordinates missing, out of range or given where the precision says none; a P-code missing
    /// where the precision needs one or absent from the neighbourhood layer; a bad date; two rows of one site placing it
    /// differently.</exception>
    public ProtectedSiteTable Read()
    {
        var names = _csv.ReadHeader(Required, "a table of attacks on protected sites");
        var header = new CsvHeader(names);
        var record = new CsvRecord(_csv, names, keepOriginal: false, new Utf8StringPool());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sites = new Dictionary<string, SiteRows>(StringComparer.Ordinal);
        var order = new List<SiteRows>();
        var attacks = new List<SiteAttackReport>();
        var file = Path.GetFileName(fileName);
        while (_csv.Read())
        {
            if (_csv.FieldCount != names.Length)
            {
                throw _csv.RecordError($"{_csv.FieldCount} fields where the header has {names.Length}");
            }

            var idColumn = header["id"];
            var id = record.RequiredText(idColumn).Trim();
            if (!ids.Add(id))
            {
                throw record.Error(idColumn, $"row id {id} appears twice");
            }

            var row = ReadSite(record, header, file, id);
            if (sites.TryGetValue(row.Key, out var existing))
            {
                if (existing.Location != row.Location)
                {
                    throw record.Error(header["lat"], $"names the same site as row {existing.FirstRow} but places it at {row.Location}, not {existing.Location}");
                }

                existing.Sources.Add(row.Sources[0]);
                row = existing;
            }
            else
            {
                sites.Add(row.Key, row);
                order.Add(row);
            }

            attacks.Add(new SiteAttackReport(
                $"{file}#{row.FirstRow}",
                PartialDate.Parse(record.Text(header["attack_date"]), fileName, _csv.FieldLine(header["attack_date"]), header["attack_date"] + 1, "attack_date"),
                record.Text(header["attack_time_local"]),
                record.Text(header["reported_impact"]),
                record.Text(header["casualties"]),
                record.Text(header["attributed_to_by_source"]),
                record.Text(header["note"]),
                record.Text(header["date_qualifiers"]),
                row.Sources[^1]));
        }

        return new ProtectedSiteTable([.. order.Select(r => r.ToSite(file, _options))], attacks);
    }

    public void Dispose() => _csv.Dispose();

    private SiteRows ReadSite(CsvRecord record, CsvHeader header, string file, string id)
    {
        var nameColumn = header["site_name"];
        var name = record.RequiredText(nameColumn).Trim();
        var category = Category(record, header["site_type"]);
        var (lat, lon) = record.Point(header["lat"], header["lon"]);
        var neighbourhood = Blank(record.Text(header["neighbourhood_pcode"]));
        var community = Blank(record.Text(header["community_pcode"]));
        var precisionColumn = header["coords_from"];
        var basis = record.RequiredText(precisionColumn).Trim();
        var kind = basis switch
        {
            "neighbourhood_centroid" => PrecisionKind.NeighbourhoodCentroid,
            "ocha_community_point_2015" => PrecisionKind.CommunityPoint,
            _ when basis.StartsWith("none", StringComparison.Ordinal) => PrecisionKind.Unknown,
            _ => throw record.Error(precisionColumn, $"'{basis}' is not a precision (neighbourhood_centroid, ocha_community_point_2015 or none ...)"),
        };

        if (kind == PrecisionKind.Unknown && lat is not null)
        {
            throw record.Error(header["lat"], $"gives coordinates although coords_from says '{basis}'");
        }

        if (kind != PrecisionKind.Unknown && lat is null)
        {
            throw record.Error(header["lat"], $"is empty although coords_from says {basis}");
        }

        if (kind == PrecisionKind.NeighbourhoodCentroid && neighbourhood is null)
        {
            throw record.Error(header["neighbourhood_pcode"], "is empty but a neighbourhood centroid needs its P-code");
        }

        if (kind == PrecisionKind.CommunityPoint && community is null)
        {
            throw record.Error(header["community_pcode"], "is empty but a community point needs its P-code");
        }

        var uncertainty = kind switch
        {
            PrecisionKind.NeighbourhoodCentroid => NeighbourhoodUncertainty(record, header["neighbourhood_pcode"], neighbourhood!, lat!.Value, lon!.Value),
            PrecisionKind.CommunityPoint => _options.CommunityUncertaintyMetres,
            _ => 0,
        };

        var source = new SourceRef(file, id, record.Text(header["source_key"]), record.Text(header["source_url"]), record.Text(header["source_quote"]),
            record.Text(header["source_flag"]));
        var key = $"{Normalise(name)}|{neighbourhood}|{community}";
        return new SiteRows(key, id, name, category, new Location(lat, lon, kind, uncertainty, basis), [source]);
    }

    private double NeighbourhoodUncertainty(CsvRecord record, int column, string pcode, double lat, double lon)
    {
        if (_options.Neighbourhoods is not { } layer)
        {
            return _options.NeighbourhoodUncertaintyMetres;
        }

        if (!layer.TryGetValue(pcode, out var polygon))
        {
            throw record.Error(column, $"P-code {pcode} is not in the neighbourhood layer");
        }

        // Rounded up to the metre, so the figure does not pretend to more precision than it has.
        return Math.Ceiling(polygon.Coordinates.Max(c => EllipsoidDistance.Metres(lat, lon, c.Y, c.X)));
    }

    private static SiteCategory Category(CsvRecord record, int column)
    {
        var text = record.RequiredText(column).Trim();
        var first = text.Split(';')[0].Trim();
        return first switch
        {
            "hospital" => SiteCategory.Hospital,
            "school" => SiteCategory.School,
            "university" => SiteCategory.University,
            "mosque" or "church" => SiteCategory.Worship,
            "bakery" => SiteCategory.Bakery,
            "market" => SiteCategory.Market,
            "water" => SiteCategory.Water,
            "civil defence" => SiteCategory.CivilDefence,
            _ when first.StartsWith("humanitarian", StringComparison.Ordinal) || first == "aid warehouse" => SiteCategory.Humanitarian,
            _ => throw record.Error(column, $"'{text}' is not a known site type (hospital, school, university, mosque, bakery, market, water, civil defence, humanitarian ...)"),
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The name without parenthesised asides, quotes, punctuation, case or spaces.</summary>
    internal static string Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var ch in name)
        {
            depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    private readonly record struct Location(double? Latitude, double? Longitude, PrecisionKind Kind, double UncertaintyMetres, string Basis)
    {
        public override string ToString() => Latitude is null
            ? $"no coordinates ({Basis})"
            : string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude} ({Basis})");
    }

    private sealed record SiteRows(string Key, string FirstRow, string Name, SiteCategory Category, Location Location, List<SourceRef> Sources)
    {
        public ProtectedSite ToSite(string file, SiteTableOptions options) => new()
        {
            Id = $"{file}#{FirstRow}",
            Name = Name,
            Category = Category,
            Geometry = Location.Latitude is { } lat ? Wgs84.Point(Location.Longitude!.Value, lat) : null,
            RadiusMetres = options.RadiusMetres,
            Precision = new LocationPrecision(Location.Kind, Location.UncertaintyMetres, Location.Basis),
            Contact = options.Contact,
            Sources = Sources,
        };
    }
}
