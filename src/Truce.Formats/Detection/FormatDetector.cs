using System.Text;

namespace Truce.Formats.Detection;

/// <summary>Recognises an input file's format from its first bytes and header row.</summary>
public static class FormatDetector
{
    /// <summary>How many first bytes of a file <see cref="FromHead"/> needs to see.</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>The format of a CSV header, or <see cref="EventFileFormat.Unknown"/>.</summary>
    public static EventFileFormat FromHeader(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var set = new HashSet<string>(names.Select(n => n.Trim()), StringComparer.OrdinalIgnoreCase);
        if (set.Contains("event_id_cnty") && set.Contains("original_fields") && set.Contains("dataset"))
        {
            return EventFileFormat.TruceCsv;
        }

        if (set.Contains("type_of_violence") && set.Contains("where_prec"))
        {
            return EventFileFormat.Ucdp;
        }

        if (set.Contains("event_id_cnty") && set.Contains("event_date"))
        {
            return EventFileFormat.Acled;
        }

        return EventFileFormat.Unknown;
    }

    /// <summary>Looks at a file: <c>.shp</c> is a boundary shapefile, JSON means boundaries, otherwise the CSV header decides.</summary>
    public static EventFileFormat FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
        {
            return EventFileFormat.AdminShapefile;
        }

        using var stream = File.OpenRead(path);
        var head = new byte[HeadLength];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return FromHead(head.AsSpan(0, n));
    }

    /// <summary>Looks at the first bytes of a file (up to <see cref="HeadLength"/>): JSON means boundaries, otherwise the CSV header decides.</summary>
    public static EventFileFormat FromHead(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            return EventFileFormat.AdminGeoJson;
        }

        var firstLine = text.Split('\n', 2)[0].TrimEnd('\r');
        return FromHeader(firstLine.Split(',').Select(s => s.Trim('"')).ToArray());
    }

    /// <summary>The format of a name given by <see cref="Name"/> (or on the command line); Unknown otherwise.</summary>
    public static EventFileFormat Parse(string? name) => name switch
    {
        "ucdp" => EventFileFormat.Ucdp,
        "acled" => EventFileFormat.Acled,
        "truce-csv" => EventFileFormat.TruceCsv,
        "admin-geojson" => EventFileFormat.AdminGeoJson,
        "admin-shapefile" => EventFileFormat.AdminShapefile,
        _ => EventFileFormat.Unknown,
    };

    /// <summary>The name used on the command line.</summary>
    public static string Name(EventFileFormat format) => format switch
    {
        EventFileFormat.Ucdp => "ucdp",
        EventFileFormat.Acled => "acled",
        EventFileFormat.TruceCsv => "truce-csv",
        EventFileFormat.AdminGeoJson => "admin-geojson",
        EventFileFormat.AdminShapefile => "admin-shapefile",
        _ => "unknown",
    };
}
