using Truce.Domain.Deconfliction;
using Truce.Formats.Sites;
using Truce.Geo.Deconfliction;
using Truce.Geo.Geodesy;
using Truce.Testing;
using static Truce.Geo.Tests.Deconfliction.Sites;

namespace Truce.Geo.Tests.Deconfliction;

public sealed class AleppoSitesTests
{
    private static readonly Lazy<ProtectedSiteTable> Table = new(() =>
    {
        using var reader = new ProtectedSiteTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")), "protected_sites.csv",
            new SiteTableOptions { RadiusMetres = 100, Contact = new ContactChannel("UN deconfliction cell") });
        return reader.Read();
    });

    [Fact]
    public void A_strike_on_the_al_Quds_centroid_is_a_conflict_with_a_hospital_and_the_unlocated_sites_are_listed()
    {
        var index = new ProtectedSiteIndex(Table.Value.Sites, new ProtectionBuffer(Key));
        Assert.Equal(25, index.Count);
        Assert.Equal(7, index.Unlocated.Count);
        var conflict = Assert.IsType<ConflictAnswer>(index.Check(At(36.17505, 37.14242)));
        Assert.Contains(new ConflictNotice(SiteCategory.Hospital, new ContactChannel("UN deconfliction cell")), conflict.Notices);
        Assert.DoesNotContain("36.17", conflict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_approximate_location_widens_protection_to_the_whole_neighbourhood_scale()
    {
        // 1.4 km from the al-Quds centroid (inside its 1,500 m neighbourhood uncertainty + 100 m radius + ≥ 50 m buffer)
        // conflicts, though far beyond the 100 m radius; 2 km away it need not.
        var index = new ProtectedSiteIndex(Table.Value.Sites, new ProtectionBuffer(Key));
        var (lat, lon) = Offset(36.17505, 37.14242, 1_400, 300);
        Assert.False(index.Check(At(lat, lon)).IsClear);
        Assert.True(EllipsoidDistance.Metres(lat, lon, 36.17505, 37.14242) > 1_399);
    }

    [Fact]
    public void Sites_beyond_79_degrees_take_the_exact_path_and_still_decide_to_the_centimetre()
    {
        var (lat, lon) = Offset(85, 20, 500, 70);
        var d = EllipsoidDistance.Metres(85, 20, lat, lon);
        Assert.False(Index(Point("svalbard", 85, 20, d + 0.01)).Check(At(lat, lon)).IsClear);
        Assert.True(Index(Point("svalbard", 85, 20, d - 0.01)).Check(At(lat, lon)).IsClear);
    }
}
