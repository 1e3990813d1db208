using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Formats.GeoJson;
using Truce.Storage.Import;
using Truce.Storage.Queries;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests;

public abstract class BoundaryTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : BoundaryTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : BoundaryTests(new PostgresEngine());

    private static readonly string Rows = string.Join("\n", File.ReadLines(RepoFiles.UcdpSyria).Take(6)) + "\n";

    private BoundaryReceipt Import(string file)
    {
        using var s = File.OpenRead(RepoFiles.Ocha(file));
        return Store.ImportBoundaries(AdminGeoJsonReader.Read(s, file), new ImportSource(file, EventFileFormat.AdminGeoJson), null);
    }

    [Fact]
    public void Boundaries_imported_after_the_events_give_them_their_P_codes()
    {
        ImportText(Rows, EventFileFormat.Ucdp);
        Assert.All(Store.Events(new EventQuery()), e => Assert.Equal(AdminCodes.None, e.Admin));

        Import("syr_admin1.geojson");
        Import("syr_admin2.geojson");
        var admin3 = Import("syr_admin3.geojson");

        Assert.Equal(5, admin3.EventsReassigned);
        var tanab = Store.Events(new EventQuery()).Single(e => e.Event.SourceId == "214814");
        Assert.Equal("SY02", tanab.Admin.Admin1);
        Assert.StartsWith("SY02", tanab.Admin.Admin3, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_same_layer_again_changes_nothing()
    {
        ImportText(Rows, EventFileFormat.Ucdp);
        Import("syr_admin1.geojson");
        var again = Import("syr_admin1.geojson");
        Assert.Equal((0L, 14, 0, 0, 14, 0L), (again.ImportId, again.Read, again.Added, again.Revised, again.Unchanged, again.EventsReassigned));
        Assert.Equal((14L, 2L), (Store.Summary().Boundaries, Store.Summary().Imports));
    }
}
