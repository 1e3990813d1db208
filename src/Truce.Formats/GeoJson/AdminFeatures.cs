using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Domain.Spatial;
using Truce.Geo.Admin;

namespace Truce.Formats.GeoJson;

/// <summary>
/// Turns an OCHA COD-AB feature (from GeoJSON or a shapefile) into an <see cref="AdminBoundary"/>:
/// the level is the deepest level whose P-code it carries (<c>admN_pcode</c>), neighbourhoods are
/// recognised by <c>neighbor_2</c>; parents come from <c>adm1_pcode</c>/<c>adm2_pcode</c>.
/// </summary>
internal static class AdminFeatures
{
    public static AdminBoundary ToBoundary(IFeature feature, int index, string fileName)
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
