using System.Buffers;
using System.Text;
using System.Text.Json;
using Truce.Domain.Adjudication;
using Truce.Domain.Sources;

namespace Truce.Storage.Adjudication;

/// <summary>A verdict's facts as stored: a JSON array of {kind, record, statement, distance_m, source {file, row, key, url, flag}}.</summary>
public static class FactsJson
{
    public static string Write(IReadOnlyList<VerdictFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var f in facts)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind);
                w.WriteString("record", f.RecordId);
                w.WriteString("statement", f.Statement);
                if (f.DistanceMetres is { } d)
                {
                    w.WriteNumber("distance_m", Math.Round(d, 1));
                }

                w.WriteStartObject("source");
                w.WriteString("file", f.Source.File);
                w.WriteString("row", f.Source.Row);
                Optional(w, "key", f.Source.Key);
                Optional(w, "url", f.Source.Url);
                Optional(w, "flag", f.Source.Flag);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<VerdictFact> Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var facts = new List<VerdictFact>();
        foreach (var f in doc.RootElement.EnumerateArray())
        {
            var s = f.GetProperty("source");
            var source = new SourceRef(s.GetProperty("file").GetString()!, s.GetProperty("row").GetString()!, Get(s, "key"), Get(s, "url"), null, Get(s, "flag"));
            facts.Add(new VerdictFact(
                f.GetProperty("kind").GetString()!,
                f.GetProperty("record").GetString()!,
                f.GetProperty("statement").GetString()!,
                f.TryGetProperty("distance_m", out var d) ? d.GetDouble() : null,
                source));
        }

        return facts;
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string? Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
}
