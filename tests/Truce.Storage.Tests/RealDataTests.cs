using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Formats.Ucdp;
using Truce.Storage.Queries;
using Truce.Storage.Stats;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

/// <summary>
/// The bundled UCDP Syria extract against totals computed independently (Python's csv module for
/// sums; a hand-written ray-casting point-in-polygon over the OCHA admin1 GeoJSON for P-codes).
/// </summary>
public abstract class RealDataTests : StoreTestBase
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : RealDataTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : RealDataTests(new PostgresEngine());

    protected RealDataTests(StoreEngine engine)
        : base(engine)
    {
        ImportBoundaries("syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson");
        ImportFile(RepoFiles.UcdpSyria, EventFileFormat.Ucdp);
    }

    private static readonly DateOnly Y2016 = new(2016, 1, 1);
    private static readonly DateOnly End2016 = new(2016, 12, 31);

    [Fact]
    public void Monthly_events_and_fatalities_of_2016_match_an_independent_count()
    {
        string[] expected =
        [
            "2016-01,,595,19358,14417,19422", "2016-02,,519,3546,3545,3617", "2016-03,,471,2058,2057,2090",
            "2016-04,,504,2653,2574,2822", "2016-05,,337,2484,2450,2505", "2016-06,,558,3195,3166,3311",
            "2016-07,,602,2771,2749,2965", "2016-08,,493,2101,2064,2149", "2016-09,,472,2166,2156,2216",
            "2016-10,,501,2401,2384,2481", "2016-11,,684,3475,3480,3535", "2016-12,,434,2502,2496,2529",
        ];
        var rows = Store.Stats(new StatsQuery(PeriodUnit.Month, StatsGroup.None) { From = Y2016, To = End2016 });
        Assert.Equal(expected, rows.Select(r => $"{r.Period},{r.Group},{r.Events},{r.Best},{r.Low},{r.High}"));
    }

    [Fact]
    public void Events_by_the_sources_governorate_match_an_independent_count()
    {
        var rows = Store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.SourceAdmin1) { From = Y2016, To = End2016 })
            .ToDictionary(r => r.Group, r => (r.Events, r.Best));
        Assert.Equal((1975L, 13214L), rows["Aleppo Governorate"]);
        Assert.Equal((885L, 3487L), rows["Rif Dimashq Governorate"]);
        Assert.Equal((4L, 100L), rows["Tartus Governorate"]);
        Assert.Equal((127L, 17919L), rows["unassigned"]);
        Assert.Equal(15, rows.Count);
    }

    [Fact]
    public void Events_by_OCHA_governorate_match_an_independent_point_in_polygon()
    {
        var expected = new Dictionary<string, (long, long)>
        {
            ["SY01"] = (152, 395),
            ["SY02"] = (1920, 13084),
            ["SY03"] = (844, 3333),
            ["SY04"] = (613, 2546),
            ["SY05"] = (349, 1305),
            ["SY06"] = (246, 1296),
            ["SY07"] = (442, 1986),
            ["SY08"] = (190, 994),
            ["SY09"] = (439, 2220),
            ["SY11"] = (236, 1462),
            ["SY12"] = (313, 926),
            ["SY13"] = (42, 117),
            ["SY14"] = (70, 226),
            ["unassigned"] = (314, 18820),
        };
        var rows = Store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.Admin1) { From = Y2016, To = End2016 });
        Assert.Equal(expected, rows.ToDictionary(r => r.Group, r => (r.Events, r.Best)));
    }

    [Fact]
    public void Coarse_events_are_unassigned_at_levels_their_precision_does_not_support()
    {
        var all = Store.Events(new EventQuery()).ToList();
        Assert.Equal(16566, all.Count);
        Assert.All(all.Where(r => r.Event.GeoPrecision >= 5), r => Assert.Equal(AdminCodes.None, r.Admin));
        Assert.All(all.Where(r => r.Event.GeoPrecision == 4), r => Assert.Null(r.Admin.Admin2));
        Assert.All(all.Where(r => r.Event.GeoPrecision == 3), r => Assert.Null(r.Admin.Admin3));
    }

    [Fact]
    public void Events_read_back_from_the_store_equal_the_file_record_by_record()
    {
        using var reader = new UcdpGedReader(File.OpenRead(RepoFiles.UcdpSyria), "ged.csv");
        var fromFile = reader.ReadEvents().Select(r => r.Event!).ToDictionary(e => e.SourceId);
        var stored = Store.Events(new EventQuery()).ToList();
        Assert.Equal(fromFile.Count, stored.Count);
        Assert.All(stored, r => Assert.Equal(fromFile[r.Event.SourceId], r.Event));
    }

    [Fact]
    public void Filters_select_by_day_box_code_actor_and_type()
    {
        var aleppoDecember = Store.Events(new EventQuery { Admin = "SY020000", From = new(2016, 12, 1), To = new(2016, 12, 31) }).ToList();
        Assert.NotEmpty(aleppoDecember);
        Assert.All(aleppoDecember, r => Assert.Equal("SY020000", r.Admin.Admin3));
        Assert.All(aleppoDecember, r => Assert.InRange(r.Event.DateStart, new DateOnly(2016, 12, 1), new DateOnly(2016, 12, 31)));

        var box = new BoundingBox(37.0, 36.1, 37.3, 36.3);
        var inBox = Store.Events(new EventQuery { Bbox = box }).ToList();
        Assert.All(inBox, r => Assert.True(box.Contains(r.Event.Longitude!.Value, r.Event.Latitude!.Value)));

        var isis = Store.Events(new EventQuery { Actor = "is" }).ToList();
        Assert.All(isis, r => Assert.Contains(new[] { r.Event.Actor1, r.Event.Actor2 }, a => a?.Contains("is", StringComparison.OrdinalIgnoreCase) == true));

        var oneSided = Store.Events(new EventQuery { Type = "one-sided VIOLENCE" }).ToList();
        Assert.NotEmpty(oneSided);
        Assert.All(oneSided, r => Assert.Equal(3, r.Event.ViolenceType));

        var page = Store.Events(new EventQuery { Limit = 10, Offset = 5 }).ToList();
        Assert.Equal(Store.Events(new EventQuery { Limit = 15 }).Skip(5).Select(r => r.Event.SourceId), page.Select(r => r.Event.SourceId));
    }

    [Fact]
    public void ISO_weeks_straddle_years_the_ISO_way()
    {
        var weeks = Store.Stats(new StatsQuery(PeriodUnit.Week, StatsGroup.None) { From = new(2016, 1, 1), To = new(2016, 1, 10) });
        // 1–3 Jan 2016 belong to ISO week 53 of 2015.
        Assert.Equal(["2015-W53", "2016-W01"], weeks.Select(w => w.Period));
    }
}
