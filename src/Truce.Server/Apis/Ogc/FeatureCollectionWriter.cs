using System.Text.Json;

namespace Truce.Server.Apis.Ogc;

/// <summary>Writes the members OGC API – Features adds to GeoJSON: <c>links</c> of a page or a feature, and the counts and time stamp of a page.</summary>
internal static class FeatureCollectionWriter
{
    /// <param name="json">Where to write.</param>
    /// <param name="features">Writes each feature of the page; returns how many it wrote.</param>
    /// <param name="matched">Features matching the query on every page.</param>
    /// <param name="links">self, next (when there is a next page), collection.</param>
    public static void Page(Utf8JsonWriter json, Func<Utf8JsonWriter, int> features, long matched, IReadOnlyList<OgcLink> links)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var returned = features(json);
        json.WriteEndArray();
        Links(json, links);
        json.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("numberMatched", matched);
        json.WriteNumber("numberReturned", returned);
        json.WriteEndObject();
    }

    public static void Links(Utf8JsonWriter json, IReadOnlyList<OgcLink> links)
    {
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("href", link.Href);
            json.WriteString("rel", link.Rel);
            json.WriteString("type", link.Type);
            if (link.Title is not null)
            {
                json.WriteString("title", link.Title);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
