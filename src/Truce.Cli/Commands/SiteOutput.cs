using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Formats.Csv;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>Sites as a plain table, CSV (guarded against formula injection) or GeoJSON, on stdout.</summary>
internal static class SiteOutput
{
    private const string Header = "id,revision,withdrawn,category,name,owner,lon,lat,polygon_wkt,radius_m,uncertainty_m,precision,valid_from,valid_to,contact,notified_to,notified_at,recorded_at,author,reason";

    public static void Table(TextWriter output, IReadOnlyList<StoredSite> sites, bool withHistory = false)
    {
        foreach (var s in sites)
        {
            var site = s.Site;
            var place = site.Geometry switch
            {
                Point p => $"{SiteVerbs.Number(p.Y)},{SiteVerbs.Number(p.X)}",
                Polygon polygon => $"polygon of {polygon.NumPoints} points around {SiteVerbs.Number(polygon.Centroid.Y)},{SiteVerbs.Number(polygon.Centroid.X)}",
                _ => "no location",
            };
            var head = withHistory ? string.Create(CultureInfo.InvariantCulture, $"rev {s.Revision}  {SiteVerbs.Iso(s.RecordedAt)}  {s.Author}  ") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{head}{site.Id}  {(s.Withdrawn ? "[withdrawn] " : "")}{SiteNames.Name(site.Category)}  {site.Name ?? "(no name)"}  {place}  r={SiteVerbs.Number(site.RadiusMetres)} m ±{SiteVerbs.Number(site.Precision.UncertaintyMetres)} m  to {Recipients(s)}  contact: {site.Contact}{(s.Reason is null ? "" : "  reason: " + s.Reason)}"));
        }
    }

    public static void Csv(TextWriter output, IReadOnlyList<StoredSite> sites)
    {
        output.Write(Header + "\n");
        foreach (var s in sites)
        {
            var site = s.Site;
            var point = site.Geometry as Point;
            string[] cells =
            [
                site.Id, s.Revision.ToString(CultureInfo.InvariantCulture), s.Withdrawn ? "true" : "false", SiteNames.Name(site.Category), site.Name ?? "", site.Owner ?? "",
                point is null ? "" : SiteVerbs.Number(point.X), point is null ? "" : SiteVerbs.Number(point.Y), site.Geometry is Polygon polygon ? polygon.AsText() : "",
                SiteVerbs.Number(site.RadiusMetres), SiteVerbs.Number(site.Precision.UncertaintyMetres), site.Precision.Basis, SiteVerbs.Iso(site.ValidFrom), SiteVerbs.Iso(site.ValidTo),
                site.Contact.Value, Recipients(s), SiteVerbs.Iso(s.NotifiedAt), SiteVerbs.Iso(s.RecordedAt), s.Author, s.Reason ?? "",
            ];
            output.Write(string.Join(",", cells.Select(SafeCell.Csv)) + "\n");
        }
    }

    public static void GeoJson(TextWriter output, IReadOnlyList<StoredSite> sites)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var s in sites)
            {
                var site = s.Site;
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", site.Id);
                w.WritePropertyName("geometry");
                Geometry(w, site.Geometry);
                w.WriteStartObject("properties");
                w.WriteNumber("revision", s.Revision);
                w.WriteBoolean("withdrawn", s.Withdrawn);
                w.WriteString("category", SiteNames.Name(site.Category));
                w.WriteString("name", site.Name);
                w.WriteString("owner", site.Owner);
                w.WriteNumber("radius_m", site.RadiusMetres);
                w.WriteNumber("uncertainty_m", site.Precision.UncertaintyMetres);
                w.WriteString("precision", site.Precision.Basis);
                w.WriteString("valid_from", site.ValidFrom is null ? null : SiteVerbs.Iso(site.ValidFrom));
                w.WriteString("valid_to", site.ValidTo is null ? null : SiteVerbs.Iso(site.ValidTo));
                w.WriteString("contact", site.Contact.Value);
                w.WriteString("notified_to", Recipients(s));
                w.WriteString("notified_at", SiteVerbs.Iso(s.NotifiedAt));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static string Recipients(StoredSite s) => s.Recipients.Count == 0 ? "all" : string.Join(" ", s.Recipients);

    private static void Geometry(Utf8JsonWriter w, Geometry? g)
    {
        switch (g)
        {
            case Point p:
                w.WriteStartObject();
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(p.X);
                w.WriteNumberValue(p.Y);
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case Polygon polygon:
                w.WriteStartObject();
                w.WriteString("type", "Polygon");
                w.WriteStartArray("coordinates");
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    w.WriteStartArray();
                    foreach (var c in ring.Coordinates)
                    {
                        w.WriteStartArray();
                        w.WriteNumberValue(c.X);
                        w.WriteNumberValue(c.Y);
                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }
}
