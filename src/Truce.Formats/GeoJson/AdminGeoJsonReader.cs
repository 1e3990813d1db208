using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Truce.Domain.Errors;
using Truce.Domain.Events;
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

            var boundary = ToBoundary(feature ?? throw Error(fileName, index, "null feature"), index, fileName);
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

    private static AdminBoundary ToBoundary(IFeature feature, int index, string fileName)
    {
        var a = feature.Attributes;
        if (feature.Geometry is not (Polygon or MultiPolygon))
        {
            throw Error(fileName, index, $"geometry is {feature.Geometry?.GeometryType ?? "null"}; boundaries must be polygons");
        }

        var geometry = feature.Geometry.IsValid ? feature.Geometry : feature.Geometry.Buffer(0);
        geometry.SRID = Wgs84.Srid;
        if (Get(a, "neighbor_2") is { } neighbourhood)
        {
            return new AdminBoundary(AdminLevel.Neighbourhood, neighbourhood, Get(a, "neighborho") ?? neighbourhood,
                Get(a, "adm1_pcode"), Get(a, "adm2_pcode"), geometry);
        }

        for (var level = 3; level >= 1; level--)
        {
            if (Get(a, $"adm{level}_pcode") is { } pcode)
            {
                var name = Get(a, $"adm{level}_name") ?? Get(a, $"adm{level}_en") ?? pcode;
                return new AdminBoundary((AdminLevel)level, pcode, name,
                    level > 1 ? Get(a, "adm1_pcode") : null, level > 2 ? Get(a, "adm2_pcode") : null, geometry);
            }
        }

        throw Error(fileName, index, Get(a, "adm0_pcode") is null
            ? "no admin P-code (expected adm1_pcode, adm2_pcode, adm3_pcode or neighbor_2)"
            : "an admin0 (country) feature; import the admin1, admin2, admin3 or neighbourhood layers");
    }

    private static string? Get(IAttributesTable? a, string name) =>
        a is not null && a.Exists(name) && a[name] is { } v && v.ToString() is { Length: > 0 } s ? s : null;

    private static DataFormatException Error(string fileName, int index, string reason) =>
        new(fileName, 0, 0, $"features[{index}]", reason);
}
