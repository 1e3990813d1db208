using System.Buffers;
using System.Text.Json;
using Truce.Domain.Control;
using Truce.Domain.Sources;

namespace Truce.Server.Map;

/// <summary>
/// The polygons that some area control record maps (e.g. OCHA neighbourhoods), each with its
/// records, written as GeoJSON for one day: who held each polygon that day, or unknown.
/// </summary>
/// <remarks>Immutable; geometry JSON is written once. A day's collection is O(records).</remarks>
internal sealed class ControlAreas
{
    private readonly List<Area> _areas;
    private readonly List<string> _controllers;

    public ControlAreas(IEnumerable<ControlRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _areas = [.. records
            .Where(r => r.Shape == ControlShape.Area && r.Geometry is not null)
            .GroupBy(r => r.AreaCode ?? r.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Area(g.Key, g.First().Name, Geometry(g.First()), [.. g]))];
        _controllers = [.. _areas.SelectMany(a => a.Records).Select(r => r.Controller).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public int Count => _areas.Count;

    /// <summary>
    /// A FeatureCollection of every mapped polygon on <paramref name="day"/>, with
    /// <c>controllers</c>: every controller any of these polygons' records names, on any day, in
    /// ordinal order (so a client can give each a colour that does not change with the day).
    /// Feature properties:
    /// <c>key</c>, <c>name</c>, <c>controller</c> (the one controller; the controllers joined with
    /// " | " when records disagree; null when no record is in force), <c>controllers</c>,
    /// <c>known</c>, <c>disputed</c> (records disagree), <c>records</c> (ids in force),
    /// <c>confidence</c> (the lowest of those records': low, medium, high; null when unknown).
    /// </summary>
    public byte[] GeoJson(DateOnly day)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("day", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Strings(w, "controllers", _controllers);
            w.WriteStartArray("features");
            foreach (var area in _areas)
            {
                var active = area.Records.Where(r => r.IsActiveOn(day)).ToList();
                var controllers = active.Select(r => r.Controller).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", area.Key);
                w.WritePropertyName("geometry");
                w.WriteRawValue(area.GeometryJson, skipInputValidation: true);
                w.WriteStartObject("properties");
                w.WriteString("key", area.Key);
                w.WriteString("name", area.Name);
                if (controllers.Count == 0)
                {
                    w.WriteNull("controller");
                }
                else
                {
                    w.WriteString("controller", string.Join(" | ", controllers));
                }

                Strings(w, "controllers", controllers);
                w.WriteBoolean("known", controllers.Count > 0);
                w.WriteBoolean("disputed", controllers.Count > 1);
                Strings(w, "records", active.Select(r => r.Id));
                if (active.Count == 0)
                {
                    w.WriteNull("confidence");
                }
                else
                {
                    w.WriteString("confidence", Name(active.Min(r => r.Confidence)));
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Name(Confidence confidence) => confidence switch
    {
        Confidence.Low => "low",
        Confidence.Medium => "medium",
        Confidence.High => "high",
        _ => "unknown",
    };

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static byte[] Geometry(ControlRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            GeoJsonGeometry.Write(w, record.Geometry!, 6);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed record Area(string Key, string? Name, byte[] GeometryJson, IReadOnlyList<ControlRecord> Records);
}
