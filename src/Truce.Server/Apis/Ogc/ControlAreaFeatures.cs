using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Truce.Domain.Control;
using Truce.Domain.Spatial;
using Truce.Storage.Queries;

namespace Truce.Server.Apis.Ogc;

/// <summary>
/// The <c>control-areas</c> collection: one feature per area control record with a polygon (who
/// held a neighbourhood from a day to a day, on whose word), in the order of the input files.
/// Feature id = record id (<c>aleppo_control.csv#C047</c>).
/// </summary>
internal static class ControlAreaFeatures
{
    private static readonly JsonSerializerOptions Geometry = new() { Converters = { new GeoJsonConverterFactory(Wgs84.Factory) } };

    public static IEnumerable<ControlRecord> All(IEnumerable<ControlRecord> records) =>
        records.Where(r => r.Shape == ControlShape.Area && r.Geometry is not null);

    /// <summary>Records whose polygon intersects the box and whose days overlap [from, to] (null ends open).</summary>
    public static IEnumerable<ControlRecord> Matching(IEnumerable<ControlRecord> records, BoundingBox? bbox, DateOnly? from, DateOnly? to)
    {
        var box = bbox is { } b ? Wgs84.Factory.ToGeometry(new Envelope(b.West, b.East, b.South, b.North)) : null;
        return All(records).Where(r =>
            (box is null || (box.EnvelopeInternal.Intersects(r.Geometry!.EnvelopeInternal) && box.Intersects(r.Geometry)))
            && (from is null || r.To is null || r.To >= from)
            && (to is null || r.From is null || r.From <= to));
    }

    public static void Write(Utf8JsonWriter json, ControlRecord r, Action<Utf8JsonWriter>? members = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", r.Id);
        json.WritePropertyName("geometry");
        JsonSerializer.Serialize(json, r.Geometry, Geometry);
        json.WriteStartObject("properties");
        json.WriteString("record", r.Id);
        json.WriteString("controller", r.Controller);
        Text(json, "controller_detail", r.ControllerDetail);
        Text(json, "area_code", r.AreaCode);
        Text(json, "name", r.Name);
        Text(json, "from", r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(json, "to", r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(json, "from_stated", r.FromStated?.Text);
        Text(json, "to_stated", r.ToStated?.Text);
        Text(json, "date_basis", r.DateBasis);
        json.WriteString("confidence", r.Confidence.ToString().ToLowerInvariant());
        json.WriteString("source_file", r.Source.File);
        json.WriteString("source_row", r.Source.Row);
        Text(json, "source_key", r.Source.Key);
        Text(json, "source_url", r.Source.Url);
        Text(json, "source_quote", r.Source.Quote);
        Text(json, "source_flag", r.Source.Flag);
        json.WriteEndObject();
        members?.Invoke(json);
        json.WriteEndObject();
    }

    /// <summary>Writes null rather than leaving the member out, so every feature has every property (clients take the schema from the first page).</summary>
    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
