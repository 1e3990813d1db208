using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Queries;
using Truce.Storage.Stats;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

public abstract class AcledStoreTests : StoreTestBase
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : AcledStoreTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : AcledStoreTests(new PostgresEngine());

    protected AcledStoreTests(StoreEngine engine)
        : base(engine)
    {
        ImportBoundaries("syr_admin1.geojson", "syr_admin2.geojson", "syr_admin3.geojson");
        ImportText(AcledFixture.File, EventFileFormat.Acled, "acled.csv");
    }

    [Fact]
    public void ACLED_fatalities_count_as_best_low_and_high_alike()
    {
        var rows = Store.Stats(new StatsQuery(PeriodUnit.Month, StatsGroup.None));
        Assert.Equal(["2016-06,,2,8,8,8", "2016-07,,1,0,0,0"], rows.Select(r => $"{r.Period},{r.Group},{r.Events},{r.Best},{r.Low},{r.High}"));
    }

    [Fact]
    public void ACLED_geo_precision_decides_the_deepest_P_code()
    {
        var events = Store.Events(new EventQuery()).ToDictionary(e => e.Event.SourceId);
        Assert.Equal(new AdminCodes("SY02", "SY0200", "SY020000"), events["TST1"].Admin);
        Assert.Null(events["TST2"].Admin.Admin3);
        Assert.NotNull(events["TST2"].Admin.Admin2);
        Assert.Equal(("SY07", null), (events["TST3"].Admin.Admin1, events["TST3"].Admin.Admin2));
    }

    [Fact]
    public void Groups_by_dyad_and_actor_use_the_ACLED_actor_names()
    {
        var dyads = Store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.Dyad)).Select(r => r.Group).ToList();
        Assert.Contains("Rebel Group A - Military Forces of Testland (2000-)", dyads);
        Assert.Contains("Rebel Group A", dyads);
        var actors = Store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.Actor1)).ToDictionary(r => r.Group, r => r.Events);
        Assert.Equal(2, actors["Rebel Group A"]);
    }

    [Fact]
    public void Both_datasets_live_side_by_side()
    {
        ImportFile(RepoFiles.UcdpSyria, EventFileFormat.Ucdp);
        var summary = Store.Summary();
        Assert.Equal(16569, summary.CurrentEvents);
        Assert.Equal(3, Store.Events(new EventQuery()).Count(e => e.Event.Dataset == EventDataset.Acled));
    }
}
