using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.GeoJson;
using Truce.Formats.Shapefiles;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class AdminShapefileReaderTests
{
    private static readonly string Shp = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ocha-shapefile", "syr_admin1.shp");

    [Fact]
    public void The_OCHA_shapefile_reads_to_the_same_governorates_as_the_GeoJSON()
    {
        var fromShapefile = AdminShapefileReader.Read(Shp).OrderBy(b => b.Pcode, StringComparer.Ordinal).ToList();
        using var s = File.OpenRead(RepoFiles.Ocha("syr_admin1.geojson"));
        var fromGeoJson = AdminGeoJsonReader.Read(s, "syr_admin1.geojson").OrderBy(b => b.Pcode, StringComparer.Ordinal).ToList();
        Assert.Equal(14, fromShapefile.Count);
        Assert.Equal(fromGeoJson.Select(b => (b.Pcode, b.Name, b.Level)), fromShapefile.Select(b => (b.Pcode, b.Name, b.Level)));
        Assert.All(fromShapefile, b => Assert.Equal(AdminLevel.Admin1, b.Level));
        for (var i = 0; i < fromShapefile.Count; i++)
        {
            // The GeoJSON was converted from these shapefiles with rounded coordinates: same rings,
            // areas equal to a millionth.
            Assert.InRange(fromShapefile[i].Geometry.Area / fromGeoJson[i].Geometry.Area, 0.999999, 1.000001);
        }
    }

    [Fact]
    public void A_layer_in_another_coordinate_system_is_refused()
    {
        using var folder = new TempFolder();
        foreach (var ext in new[] { ".shp", ".shx", ".dbf", ".cpg" })
        {
            File.Copy(Path.ChangeExtension(Shp, ext), folder.File("utm" + ext));
        }

        folder.Write("utm.prj", "PROJCS[\"WGS_1984_UTM_Zone_37N\",GEOGCS[\"GCS_WGS_1984\"]]");
        var e = Assert.Throws<DataFormatException>(() => AdminShapefileReader.Read(folder.File("utm.shp")));
        Assert.Contains("not in WGS 84 geographic coordinates", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shapefile_without_its_dbf_is_refused_by_name()
    {
        using var folder = new TempFolder();
        File.Copy(Shp, folder.File("lonely.shp"));
        File.Copy(Path.ChangeExtension(Shp, ".shx"), folder.File("lonely.shx"));
        var e = Assert.Throws<DataFormatException>(() => AdminShapefileReader.Read(folder.File("lonely.shp")));
        Assert.Contains(".dbf file is missing", e.Reason, StringComparison.Ordinal);
    }
}
