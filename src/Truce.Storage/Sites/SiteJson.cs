using System.Buffers;
using System.Text;
using System.Text.Json;
using Truce.Domain.Sources;

namespace Truce.Storage.Sites;

/// <summary>
/// The JSON columns of the site tables: lists of names (recipients, site ids), a site's sources
/// (<c>[{"file","row","key","url","quote","flag"}]</c>) and a check's conflicts
/// (<c>[[index, told, [site ids]]]</c>). Thread-safe.
/// </summary>
internal static class SiteJson
{
    public static string Names(IReadOnlyList<string> names) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var n in names)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
    });

    public static IReadOnlyList<string> ReadNames(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static string Sources(IReadOnlyList<SourceRef> sources) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var s in sources)
        {
            w.WriteStartObject();
            w.WriteString("file", s.File);
            w.WriteString("row", s.Row);
            w.WriteString("key", s.Key);
            w.WriteString("url", s.Url);
            w.WriteString("quote", s.Quote);
            w.WriteString("flag", s.Flag);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static IReadOnlyList<SourceRef> ReadSources(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new SourceRef(
            e.GetProperty("file").GetString()!, e.GetProperty("row").GetString()!, Text(e, "key"), Text(e, "url"), Text(e, "quote"), Text(e, "flag")))];
    }

    /// <summary>The conflicts as JSON, or null when there are none.</summary>
    public static string? Conflicts(IReadOnlyList<Sites.CheckConflict> conflicts) => conflicts.Count == 0 ? null : Write(w =>
    {
        w.WriteStartArray();
        foreach (var c in conflicts)
        {
            w.WriteStartArray();
            w.WriteNumberValue(c.Index);
            w.WriteStringValue(c.Told);
            w.WriteStartArray();
            foreach (var id in c.SiteIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    public static IReadOnlyList<Sites.CheckConflict> ReadConflicts(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new Sites.CheckConflict(
            e[0].GetInt32(), e[1].GetString()!, [.. e[2].EnumerateArray().Select(s => s.GetString()!)]))];
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
