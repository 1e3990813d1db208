using System.Globalization;
using System.Text.Json;
using Truce.Domain.Events;

namespace Truce.Formats.GeoJson;

/// <summary>
/// Writes events as an RFC 7946 FeatureCollection, streaming: one Point feature per revision
/// (null geometry when the source gave no coordinates), id <c>dataset:source_id</c>, every field
/// in properties with the source's precision codes, and the source row under <c>original</c>.
/// </summary>
public static class EventGeoJsonWriter
{
    /// <summary>Writes the collection to <paramref name="output"/>; returns the number of features.</summary>
    public static long Write(IEnumerable<EventRevision> events, Stream output)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long n = 0;
        foreach (var revision in events)
        {
            WriteFeature(json, revision);
            if (++n % 1024 == 0)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return n;
    }

    /// <summary>Writes one event as a Feature (as in <see cref="Write"/>), for callers that wrap features in their own collection.</summary>
    /// <param name="json">Where to write.</param>
    /// <param name="revision">The event.</param>
    /// <param name="members">Writes further members of the feature object (e.g. <c>links</c>) after <c>properties</c>; null for none.</param>
    /// <param name="nulls">Write a field the record lacks as null instead of leaving it out, so every feature has every property
    /// (clients that take the schema from a sample of features, like GDAL's OAPIF driver, then see every field).</param>
    public static void WriteFeature(Utf8JsonWriter json, EventRevision revision, Action<Utf8JsonWriter>? members = null, bool nulls = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(revision);
        var e = revision.Event;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", $"{EventDatasets.Name(e.Dataset)}:{e.SourceId}");
        if (e.HasPoint)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(e.Longitude!.Value);
            json.WriteNumberValue(e.Latitude!.Value);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }

        json.WriteStartObject("properties");
        json.WriteString("dataset", EventDatasets.Name(e.Dataset));
        json.WriteString("source_id", e.SourceId);
        json.WriteNumber("revision", revision.Revision);
        json.WriteString("recorded_at", revision.RecordedAt);
        json.WriteString("date_start", e.DateStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("date_end", e.DateEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("date_precision", e.DatePrecision);
        json.WriteNumber("geo_precision", e.GeoPrecision);
        json.WriteString("precision_scale", e.Dataset == EventDataset.UcdpGed ? "ucdp date_prec 1-5, where_prec 1-7" : "acled time_precision 1-3, geo_precision 1-3");
        Text(json, "event_type", e.EventType, nulls);
        Text(json, "sub_event_type", e.SubEventType, nulls);
        Text(json, "disorder_type", e.DisorderType, nulls);
        Number(json, "type_of_violence", e.ViolenceType, nulls);
        Text(json, "actor1", e.Actor1, nulls);
        Text(json, "assoc_actor_1", e.AssocActor1, nulls);
        Text(json, "inter1", e.Inter1, nulls);
        Text(json, "actor2", e.Actor2, nulls);
        Text(json, "assoc_actor_2", e.AssocActor2, nulls);
        Text(json, "inter2", e.Inter2, nulls);
        Text(json, "interaction", e.Interaction, nulls);
        Text(json, "civilian_targeting", e.CivilianTargeting, nulls);
        Text(json, "dyad", e.Dyad, nulls);
        Text(json, "conflict_name", e.ConflictName, nulls);
        Text(json, "country", e.Country, nulls);
        Text(json, "iso", e.Iso, nulls);
        Text(json, "region", e.Region, nulls);
        Text(json, "admin1", e.Admin1Name, nulls);
        Text(json, "admin2", e.Admin2Name, nulls);
        Text(json, "admin3", e.Admin3Name, nulls);
        Text(json, "location", e.Location, nulls);
        Text(json, "adm1_pcode", revision.Admin.Admin1, nulls);
        Text(json, "adm2_pcode", revision.Admin.Admin2, nulls);
        Text(json, "adm3_pcode", revision.Admin.Admin3, nulls);
        json.WriteNumber("best", e.Best);
        json.WriteNumber("low", e.Low);
        json.WriteNumber("high", e.High);
        Number(json, "deaths_a", e.DeathsA, nulls);
        Number(json, "deaths_b", e.DeathsB, nulls);
        Number(json, "deaths_civilians", e.DeathsCivilians, nulls);
        Number(json, "deaths_unknown", e.DeathsUnknown, nulls);
        Number(json, "number_of_sources", e.NumberOfSources, nulls);
        Text(json, "source", e.Sources, nulls);
        Text(json, "source_scale", e.SourceScale, nulls);
        Text(json, "notes", e.Notes, nulls);
        if (e.Timestamp is { } ts)
        {
            json.WriteNumber("timestamp", ts);
        }
        else if (nulls)
        {
            json.WriteNull("timestamp");
        }

        Text(json, "claimed_target", e.ClaimedTarget, nulls);
        json.WriteStartArray("original");
        for (var i = 0; i < e.Original.Count; i++)
        {
            json.WriteStartArray();
            json.WriteStringValue(e.Original.Names[i]);
            json.WriteStringValue(e.Original.Values[i]);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        members?.Invoke(json);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value, bool nulls)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
        else if (nulls)
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value, bool nulls)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else if (nulls)
        {
            json.WriteNull(name);
        }
    }
}
