using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Truce.Domain.Errors;
using Truce.Domain.Spatial;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;

namespace Truce.Formats.Shapefiles;

/// <summary>
/// Reads OCHA COD-AB boundary layers as published: Esri shapefiles (<c>.shp</c> with its
/// <c>.shx</c>, <c>.dbf</c>, <c>.prj</c> and <c>.cpg</c> beside it), one feature at a time, with
/// the same attribute rules as <see cref="AdminGeoJsonReader"/>. The layer must be in WGS 84
/// geographic coordinates (its <c>.prj</c> says so); anything else is refused, never reprojected
/// silently.
/// </summary>
public static class AdminShapefileReader
{
    /// <summary>Reads every feature of the layer whose <c>.shp</c> is <paramref name="shpPath"/>.</summary>
    /// <exception cref="DataFormatException">Missing parts, another coordinate system, bad features.</exception>
    public static IReadOnlyList<AdminBoundary> Read(string shpPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(shpPath);
        foreach (var part in new[] { ".shx", ".dbf" })
        {
            if (!File.Exists(Path.ChangeExtension(shpPath, part)))
            {
                throw new DataFormatException(shpPath, 0, 0, null, $"the shapefile's {part} file is missing beside it");
            }
        }

        var prj = Path.ChangeExtension(shpPath, ".prj");
        if (!File.Exists(prj) || !IsWgs84(File.ReadAllText(prj)))
        {
            throw new DataFormatException(shpPath, 0, 0, null,
                "the layer is not in WGS 84 geographic coordinates (its .prj is missing or names another system); reproject it to EPSG:4326 first");
        }

        var result = new List<AdminBoundary>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = Shapefile.OpenRead(shpPath, new ShapefileReaderOptions { Factory = Wgs84.Factory });
        var index = 0;
        foreach (var feature in reader)
        {
            var boundary = AdminFeatures.ToBoundary(feature, index, shpPath);
            if (!seen.Add(boundary.Pcode))
            {
                throw new DataFormatException(shpPath, 0, 0, $"features[{index}]", $"duplicate P-code {boundary.Pcode}");
            }

            result.Add(boundary);
            index++;
        }

        if (result.Count == 0)
        {
            throw new DataFormatException(shpPath, 0, 0, null, "the layer has no features");
        }

        return result;
    }

    private static bool IsWgs84(string wkt) =>
        wkt.StartsWith("GEOGCS[", StringComparison.OrdinalIgnoreCase)
        && (wkt.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) || wkt.Contains("WGS 84", StringComparison.OrdinalIgnoreCase));
}
