using System.Globalization;
using System.Text.Json;
using Truce.Domain.Events;

namespace Truce.Formats.Csv;

/// <summary>The cells of one event revision in <see cref="TruceCsvColumns.All"/> order.</summary>
internal static class EventCells
{
    // One writer per thread, reset per row: a writer and buffer per row cost more than the row.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _json;

    public static string?[] Of(EventRevision revision)
    {
        var e = revision.Event;
        var acled = e.Dataset == EventDataset.Acled;
        var c = CultureInfo.InvariantCulture;
        return
        [
            S(e.SourceId), e.DateStart.ToString("yyyy-MM-dd", c), e.DateStart.Year.ToString(c),
            acled ? e.DatePrecision.ToString(c) : null, S(e.DisorderType), S(e.EventType), S(e.SubEventType),
            S(e.Actor1), S(e.AssocActor1), S(e.Inter1), S(e.Actor2), S(e.AssocActor2), S(e.Inter2), S(e.Interaction),
            S(e.CivilianTargeting), S(e.Iso), S(e.Region), S(e.Country), S(e.Admin1Name), S(e.Admin2Name), S(e.Admin3Name),
            S(e.Location), e.Latitude?.ToString("R", c), e.Longitude?.ToString("R", c), acled ? e.GeoPrecision.ToString(c) : null,
            S(e.Sources), S(e.SourceScale), S(e.Notes), e.Best.ToString(c), null, e.Timestamp?.ToString(c),
            EventDatasets.Name(e.Dataset), revision.Revision.ToString(c), revision.RecordedAt.ToString("O", c),
            e.DateStart.ToString("yyyy-MM-dd", c), e.DateEnd.ToString("yyyy-MM-dd", c),
            acled ? null : e.DatePrecision.ToString(c), acled ? null : e.GeoPrecision.ToString(c), e.ViolenceType?.ToString(c),
            S(e.ConflictName), S(e.Dyad), e.Best.ToString(c), e.Low.ToString(c), e.High.ToString(c),
            e.DeathsA?.ToString(c), e.DeathsB?.ToString(c), e.DeathsCivilians?.ToString(c), e.DeathsUnknown?.ToString(c),
            e.NumberOfSources?.ToString(c), S(e.ClaimedTarget), revision.Admin.Admin1, revision.Admin.Admin2, revision.Admin.Admin3,
            OriginalJson(e.Original),
        ];
    }

    /// <summary>The source row as a JSON array of [name, value] pairs (names may repeat; order is kept).</summary>
    public static string OriginalJson(SourceFields fields)
    {
        var buffer = _buffer ??= new System.Buffers.ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = _json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        {
            json.WriteStartArray();
            for (var i = 0; i < fields.Count; i++)
            {
                json.WriteStartArray();
                json.WriteStringValue(fields.Names[i]);
                json.WriteStringValue(fields.Values[i]);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.Flush();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static SourceFields ParseOriginal(JsonElement array)
    {
        var names = new string[array.GetArrayLength()];
        var values = new string[names.Length];
        var i = 0;
        foreach (var pair in array.EnumerateArray())
        {
            names[i] = pair[0].GetString() ?? "";
            values[i] = pair[1].GetString() ?? "";
            i++;
        }

        return new SourceFields(names, values);
    }

    private static string? S(string? text) => text is null ? null : SafeCell.Escape(text);
}
