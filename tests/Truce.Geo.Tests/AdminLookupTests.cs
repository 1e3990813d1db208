using Truce.Domain.Events;
using Truce.Formats.GeoJson;
using Truce.Geo.Admin;
using Truce.Testing;

namespace Truce.Geo.Tests;

public sealed class AdminLookupTests
{
    private static readonly AdminLookup Lookup = new(
        new[] { "syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson" }.SelectMany(f =>
        {
            using var s = File.OpenRead(RepoFiles.Ocha(f));
            return AdminGeoJsonReader.Read(s, f);
        }).ToList());

    // The Citadel of Aleppo: Jebel Saman district, Aleppo city sub-district.
    private const double Lon = 37.1625;
    private const double Lat = 36.1993;

    [Fact]
    public void An_exact_point_gets_all_three_levels()
    {
        Assert.Equal(new AdminCodes("SY02", "SY0200", "SY020000"), Lookup.Assign(Lon, Lat, AdminLevel.Admin3));
    }

    [Theory]
    [InlineData(EventDataset.UcdpGed, 1, "SY02", "SY0200", "SY020000")]
    [InlineData(EventDataset.UcdpGed, 2, "SY02", "SY0200", "SY020000")]
    [InlineData(EventDataset.UcdpGed, 3, "SY02", "SY0200", null)]
    [InlineData(EventDataset.UcdpGed, 4, "SY02", null, null)]
    [InlineData(EventDataset.UcdpGed, 5, null, null, null)]
    [InlineData(EventDataset.UcdpGed, 6, null, null, null)]
    [InlineData(EventDataset.UcdpGed, 7, null, null, null)]
    [InlineData(EventDataset.Acled, 1, "SY02", "SY0200", "SY020000")]
    [InlineData(EventDataset.Acled, 2, "SY02", "SY0200", null)]
    [InlineData(EventDataset.Acled, 3, "SY02", null, null)]
    public void The_deepest_level_follows_the_location_precision(EventDataset dataset, int precision, string? a1, string? a2, string? a3)
    {
        Assert.Equal(new AdminCodes(a1, a2, a3), Lookup.Assign(Lon, Lat, Precision.SupportedAdminLevel(dataset, precision)));
    }

    [Fact]
    public void Precision_codes_outside_a_datasets_scale_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.SupportedAdminLevel(EventDataset.Acled, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.SupportedAdminLevel(EventDataset.UcdpGed, 0));
    }

    [Fact]
    public void The_sea_is_nobodys_sub_district()
    {
        Assert.Equal(AdminCodes.None, Lookup.Assign(35.0, 34.0, AdminLevel.Admin3));
    }
}
