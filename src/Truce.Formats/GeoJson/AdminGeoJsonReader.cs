using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Truce.Domain.Errors;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;

namespace Truce.Formats.GeoJson;

/// <summary>
/// Reads OCHA COD-AB boundary layers as GeoJSON (RFC 7946): admin1–3 (<c>admN_pcode</c>,
/// <c>admN_name</c>) and city neighbourhoods (<c>neighbor_2</c> P-code, <c>neighborho</c> name).
/// The level of each feature is the deepest level whose P-code it carries.
/// </summary>
/// <remarks>
/// Features are read one at a time from the stream. Invalid polygons are repaired with a zero
/// buffer; duplicate P-codes and non-polygon geometries are errors.
/// </remarks>
public static class AdminGeoJsonReader
{
    /// <summary>Reads every feature of the file, one feature in memory at a time.</summary>
    /// <exception cref="DataFormatException">Bad JSON, a missing P-code, a non-polygon, a duplicate.</exception>
    public static IReadOnlyList<AdminBoundary> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Wgs84.Factory));
        var result = new List<AdminBoundary>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var json in FeatureStream.Read(stream, fileName))
        {
            IFeature? feature;
            try
            {
                feature = JsonSerializer.Deserialize<IFeature>(json.Span, options);
            }
            catch (JsonException e)
            {
                throw Error(fileName, index, $"not a valid GeoJSON feature: {e.Message.Split(" Path:")[0]}");
            }

            var boundary = AdminFeatures.ToBoundary(feature ?? throw Error(fileName, index, "null feature"), index, fileName);
            if (!seen.Add(boundary.Pcode))
            {
                throw Error(fileName, index, $"duplicate P-code {boundary.Pcode}");
            }

            result.Add(boundary);
            index++;
        }

        if (result.Count == 0)
        {
            throw new DataFormatException(fileName, 1, 0, null, "no features: expected a GeoJSON FeatureCollection of boundaries");
        }

        return result;
    }

    private static DataFormatException Error(string fileName, int index, string reason) =>
        new(fileName, 0, 0, $"features[{index}]", reason);
}
