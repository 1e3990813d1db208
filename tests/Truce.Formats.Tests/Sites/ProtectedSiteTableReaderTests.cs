using NetTopologySuite.Geometries;
using Truce.Domain.Deconfliction;
using Truce.Domain.Errors;
using Truce.Formats.GeoJson;
using Truce.Formats.Sites;
using Truce.Geo.Geodesy;
using Truce.Testing;

namespace Truce.Formats.Tests.Sites;

public sealed class ProtectedSiteTableReaderTests
{
    private const string Header =
        "id,site_name,site_type,governorate,locality,neighbourhood_name_in_source,neighbourhood_pcode,neighbourhood_name_ocha,community_pcode,lat,lon,coords_from,attack_date,attack_time_local,reported_impact,casualties,attributed_to_by_source,note,source_flag,date_qualifiers,source_key,source_url,source_quote";

    private static readonly Lazy<Dictionary<string, Geometry>> Neighbourhoods = new(() =>
    {
        using var s = File.OpenRead(RepoFiles.Ocha("syr_neighborhoods.geojson"));
        return AdminGeoJsonReader.Read(s, "syr_neighborhoods.geojson").ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);
    });

    private static ProtectedSiteTable ReadReal(SiteTableOptions? options = null)
    {
        using var reader = new ProtectedSiteTableReader(File.OpenRead(RepoFiles.Data("aleppo-2016", "protected_sites.csv")), "protected_sites.csv", options);
        return reader.Read();
    }

    private static ProtectedSiteTable ReadText(params string[] rows)
    {
        using var reader = new ProtectedSiteTableReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows]))), "t.csv");
        return reader.Read();
    }

    private static string Row(string id = "P01", string name = "al-Quds hospital", string type = "hospital", string pcode = "N0219", string community = "C1007",
        string lat = "36.17505", string lon = "37.14242", string from = "neighbourhood_centroid", string date = "2016-04-27") =>
        $"{id},{name},{type},Aleppo,Aleppo city,Sukkari,{pcode},As-Sukkari,{community},{lat},{lon},{from},{date},,,,,,,,key,http://example.org,'quote'";

    [Fact]
    public void The_Aleppo_table_yields_every_report_and_one_site_per_distinct_site()
    {
        var table = ReadReal();
        Assert.Equal(42, table.Attacks.Count); // data/aleppo-2016/README.md section 6: 42 rows
        Assert.Equal(32, table.Sites.Count);
        Assert.Equal(7, table.Sites.Count(s => s.Geometry is null)); // M1, M2, M10, Omar bin Abdulaziz, P26, P36, the al-Maadi bakery
        Assert.All(table.Sites.Where(s => s.Geometry is null), s => Assert.Equal(PrecisionKind.Unknown, s.Precision.Kind));
        Assert.All(table.Attacks, a => Assert.Contains(table.Sites, s => s.Id == a.SiteId));
    }

    [Fact]
    public void The_six_al_Quds_reports_are_one_site_at_its_neighbourhood_centroid_citing_all_six()
    {
        var quds = ReadReal().Sites.Single(s => s.Id == "protected_sites.csv#P01");
        Assert.Equal(["P01", "P02", "P03", "P04", "P05", "P06"], quds.Sources.Select(r => r.Row));
        Assert.Equal(SiteCategory.Hospital, quds.Category);
        Assert.Equal(new Coordinate(37.14242, 36.17505), quds.Geometry!.Coordinate);
        Assert.Equal(PrecisionKind.NeighbourhoodCentroid, quds.Precision.Kind);
        Assert.Equal("neighbourhood_centroid", quds.Precision.Basis);
        Assert.Equal("buzzfeed_quds", quds.Sources[0].Key);
    }

    [Fact]
    public void Spellings_of_one_name_merge_but_sites_identified_only_in_prose_stay_apart()
    {
        var sites = ReadReal().Sites;
        Assert.Equal(["P11", "P12", "P37"], sites.Single(s => s.Id.EndsWith("#P11", StringComparison.Ordinal)).Sources.Select(r => r.Row));
        Assert.Equal(["P21", "P22", "P23"], sites.Single(s => s.Id.EndsWith("#P21", StringComparison.Ordinal)).Sources.Select(r => r.Row));
        Assert.Contains(sites, s => s.Id.EndsWith("#P24", StringComparison.Ordinal));
        Assert.Contains(sites, s => s.Id.EndsWith("#P25", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_takes_the_first_of_its_types_and_humanitarian_compounds_are_humanitarian()
    {
        var sites = ReadReal().Sites.ToDictionary(s => s.Id[(s.Id.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(SiteCategory.School, sites["P40"].Category);
        Assert.Equal(SiteCategory.Worship, sites["P42"].Category);
        Assert.Equal(SiteCategory.Humanitarian, sites["P51"].Category);
        Assert.Equal(SiteCategory.University, sites["P46"].Category);
        Assert.Equal(PrecisionKind.CommunityPoint, sites["P51"].Precision.Kind);
        Assert.Equal(2_500, sites["P51"].Precision.UncertaintyMetres);
    }

    [Fact]
    public void With_the_neighbourhood_layer_a_centroid_is_uncertain_by_the_distance_to_its_farthest_vertex()
    {
        var quds = ReadReal(new SiteTableOptions { Neighbourhoods = Neighbourhoods.Value, RadiusMetres = 150 }).Sites.Single(s => s.Id.EndsWith("#P01", StringComparison.Ordinal));

        // Independently, on the sphere: within its 0.5% of the ellipsoid.
        var farthest = Neighbourhoods.Value["N0219"].Coordinates.Max(c => GreatCircle.Metres(36.17505, 37.14242, c.Y, c.X));
        Assert.Equal(farthest, quds.Precision.UncertaintyMetres, farthest * 0.005 + 1);
        Assert.InRange(quds.Precision.UncertaintyMetres, 300, 3_000);
        Assert.Equal(150 + quds.Precision.UncertaintyMetres, quds.ReachMetres);
    }

    [Fact]
    public void Reports_keep_each_source_s_date_as_stated()
    {
        var attacks = ReadReal().Attacks.ToDictionary(a => a.Source.Row);
        Assert.Equal(new DateOnly(2016, 4, 28), attacks["P02"].Date!.Earliest);
        Assert.Equal((new DateOnly(2016, 4, 1), new DateOnly(2016, 4, 30)), (attacks["P06"].Date!.Earliest, attacks["P06"].Date!.Latest));
        Assert.Null(attacks["P27"].Date);
        Assert.Equal("~22:00", attacks["P01"].TimeLocal);
        Assert.Equal("protected_sites.csv#P01", attacks["P05"].SiteId);
        Assert.Equal("mirror/copy", attacks["P22"].Source.Flag);
    }

    [Fact]
    public void A_good_text_table_reads()
    {
        var table = ReadText(Row(), Row(id: "P02", name: "Al-Quds Hospital (MSF)", date: "2016-04"));
        Assert.Single(table.Sites);
        Assert.Equal(2, table.Attacks.Count);
    }

    [Theory]
    [InlineData("P01", "hospital", "36.17505", "neighbourhood_centroid", "N0219", "2016-04-27", "t.csv:3:1 (id): row id P01 appears twice")]
    [InlineData("P02", "warehouse", "36.17505", "neighbourhood_centroid", "N0219", "2016-04-27", "t.csv:3:3 (site_type): 'warehouse' is not a known site type (hospital, school, university, mosque, bakery, market, water, civil defence, humanitarian ...)")]
    [InlineData("P02", "hospital", "96.1", "neighbourhood_centroid", "N0219", "2016-04-27", "t.csv:3:10 (lat): 96.1 is out of range (-90–90 degrees)")]
    [InlineData("P02", "hospital", "36.17505", "none (not named)", "N0219", "2016-04-27", "t.csv:3:10 (lat): gives coordinates although coords_from says 'none (not named)'")]
    [InlineData("P02", "hospital", "36.17505", "gps", "N0219", "2016-04-27", "t.csv:3:12 (coords_from): 'gps' is not a precision (neighbourhood_centroid, ocha_community_point_2015 or none ...)")]
    [InlineData("P02", "hospital", "36.17505", "neighbourhood_centroid", "", "2016-04-27", "t.csv:3:7 (neighbourhood_pcode): is empty but a neighbourhood centroid needs its P-code")]
    [InlineData("P02", "hospital", "36.17505", "neighbourhood_centroid", "N0219", "2016-04-31", "t.csv:3:13 (attack_date): '2016-04-31' is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)")]
    [InlineData("P02", "hospital", "36.17506", "neighbourhood_centroid", "N0219", "2016-04-27", "t.csv:3:10 (lat): names the same site as row P01 but places it at 36.17506, 37.14242 (neighbourhood_centroid), not 36.17505, 37.14242 (neighbourhood_centroid)")]
    public void A_bad_second_row_stops_the_read_at_its_line_and_column(string id, string type, string lat, string from, string pcode, string date, string message)
    {
        var e = Assert.Throws<DataFormatException>(() => ReadText(Row(), Row(id: id, type: type, lat: lat, from: from, pcode: pcode, date: date)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_centroid_without_coordinates_a_short_row_and_a_missing_column_are_refused()
    {
        Assert.Equal("t.csv:2:10 (lat): is empty although coords_from says neighbourhood_centroid",
            Assert.Throws<DataFormatException>(() => ReadText(Row(lat: "", lon: ""))).Message);
        Assert.StartsWith("t.csv:2:", Assert.Throws<DataFormatException>(() => ReadText("P01,al-Quds,hospital")).Message, StringComparison.Ordinal);
        using var reader = new ProtectedSiteTableReader(new MemoryStream("id,site_name\nP01,x\n"u8.ToArray()), "t.csv");
        Assert.Contains("site_type", Assert.Throws<DataFormatException>(() => reader.Read()).Message, StringComparison.Ordinal);
    }
}
