using System.Text;
using Truce.Domain.Errors;
using Truce.Domain.Events;
using Truce.Formats.GeoJson;
using Truce.Testing;

namespace Truce.Formats.Tests;

public sealed class AdminGeoJsonReaderTests
{
    private static IReadOnlyList<Geo.Admin.AdminBoundary> Read(string file)
    {
        using var s = File.OpenRead(RepoFiles.Ocha(file));
        return AdminGeoJsonReader.Read(s, file);
    }

    [Theory]
    [InlineData("syr_admin1.geojson", AdminLevel.Admin1, 14)]
    [InlineData("syr_admin2.geojson", AdminLevel.Admin2, 62)]
    [InlineData("syr_admin3.geojson", AdminLevel.Admin3, 272)]
    [InlineData("syr_neighborhoods.geojson", AdminLevel.Neighbourhood, 414)]
    public void The_OCHA_layers_read_whole_with_their_levels(string file, AdminLevel level, int count)
    {
        var layer = Read(file);
        Assert.Equal(count, layer.Count);
        Assert.All(layer, b => Assert.Equal(level, b.Level));
        Assert.All(layer, b => Assert.True(b.Geometry.IsValid));
    }

    [Fact]
    public void Sub_districts_carry_their_parents_P_codes()
    {
        var arima = Read("syr_admin3.geojson").Single(b => b.Pcode == "SY020206");
        Assert.Equal(("A'rima", "SY02", "SY0202"), (arima.Name, arima.Admin1Pcode, arima.Admin2Pcode));
    }

    [Fact]
    public void Aleppo_has_109_neighbourhoods()
    {
        Assert.Equal(109, Read("syr_neighborhoods.geojson").Count(b => b.Admin2Pcode == "SY0200"));
    }

    [Fact]
    public void Broken_JSON_is_reported_with_its_line()
    {
        var text = "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Feature\", \"properties\": {}, \"geometry\": nul}\n]}";
        var e = Assert.Throws<DataFormatException>(() => AdminGeoJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "b.geojson"));
        Assert.Equal(4, e.Line);
        Assert.Contains("not valid JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_layer_is_refused_with_the_layers_to_use_instead()
    {
        var admin0 = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"adm0_pcode\":\"SY\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[36,33],[37,33],[37,34],[36,33]]]}}]}";
        var e = Assert.Throws<DataFormatException>(() => AdminGeoJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(admin0)), "a0.geojson"));
        Assert.Equal("features[0]", e.Field);
        Assert.Contains("admin0", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_are_not_boundaries()
    {
        var points = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"adm1_pcode\":\"SY01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[36,33]}}]}";
        var e = Assert.Throws<DataFormatException>(() => AdminGeoJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(points)), "p.geojson"));
        Assert.Contains("geometry is Point", e.Reason, StringComparison.Ordinal);
    }
}
