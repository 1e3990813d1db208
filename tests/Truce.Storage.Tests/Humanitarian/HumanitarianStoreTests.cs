using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Storage.Adjudication;
using Truce.Storage.Humanitarian;
using Truce.Storage.Tests.Engines;
using Truce.Testing;

namespace Truce.Storage.Tests.Humanitarian;

/// <summary>The humanitarian record in a store: import all or nothing, export and import again with nothing lost, the same on both engines.</summary>
public abstract class HumanitarianStoreTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : HumanitarianStoreTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : HumanitarianStoreTests(new PostgresEngine());

    private static string Manifest => RepoFiles.Data("aleppo-2016", "humanitarian.json");

    private HumanitarianService Service => new(Store);

    /// <summary>A copy of the bundled manifest and its tables, with one table's text changed.</summary>
    private static string Copy(TempFolder folder, string? file = null, Func<string, string>? change = null)
    {
        foreach (var name in (string[])["humanitarian.json", "sieges.csv", "convoys.csv", "incident_tolls.csv"])
        {
            var text = File.ReadAllText(RepoFiles.Data("aleppo-2016", name));
            folder.Write(name, name == file ? change!(text) : text);
        }

        return folder.File("humanitarian.json");
    }

    [Fact]
    public void Conflicting_population_figures_all_survive_an_export_and_import_with_their_sources()
    {
        Assert.Equal(4, Service.Import(Manifest));
        Reopen();
        var before = Service.Load()!;
        using var folder = new TempFolder();
        var exported = Service.Export(folder.Path);

        // The exported tables are rewritten from the parsed rows; importing them is a new revision of each table.
        Service.Import(exported);
        Reopen();
        var after = Service.Load()!;
        Assert.Equal(41, after.Sieges.Count(s => s.Population is not null));
        Assert.Equal(before.Sieges, after.Sieges);
        Assert.Equal(before.Access, after.Access);
        Assert.Equal(before.Casualties, after.Casualties);
        Assert.Equal(before.Conditions, after.Conditions);

        // Every east-Aleppo figure of 2016-10-05 stays its own row, with its organisation and quote.
        var october5 = after.Sieges.Where(s => s.Population is not null && s.FigureDate.Text == "2016-10-05").ToList();
        Assert.Equal(
            [("S09", "275,000", "UN OCHA (Jens Laerke)"), ("S27", "275,000", "UN OCHA"), ("S28", "250,000–275,000", "JewishPress (range)"), ("S29", "300,000", "El Nashra (approx.)")],
            october5.Select(s => (s.Id, s.Population!.ToString(), s.ReportingOrg)));
        Assert.All(october5, s => Assert.StartsWith("'", s.Source.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_row_in_any_table_stores_nothing_and_names_its_place()
    {
        using var folder = new TempFolder();
        var manifest = Copy(folder, "convoys.csv", t => t.Replace("V34,2016-11-18,,Douma", "V34,2016-11-31,,Douma", StringComparison.Ordinal));
        var e = Assert.Throws<DataFormatException>(() => Service.Import(manifest));
        Assert.Equal(("convoys.csv", 25L, 2), (e.File, e.Line, e.Column));
        Reopen();
        Assert.DoesNotContain(((Contract.IAdjudicationStore)Store).References(), f => ReferenceKinds.IsHumanitarian(f.Kind));
        Assert.Null(Service.Load());
    }

    [Fact]
    public void A_siege_row_about_an_undefined_area_is_refused_before_anything_is_stored()
    {
        using var folder = new TempFolder();
        var manifest = Copy(folder, "humanitarian.json", t => t.Replace("\"names\": [\"Madaya\"]", "\"names\": [\"Madaya town\"]", StringComparison.Ordinal));
        var e = Assert.Throws<DataFormatException>(() => Service.Import(manifest));
        Assert.Equal(("sieges.csv", 2), (e.File, e.Column));
        Assert.Contains("'Madaya' is not an area of the manifest", e.Message, StringComparison.Ordinal);
        Assert.Null(Service.Load());
    }

    [Fact]
    public void A_changed_table_supersedes_the_stored_one_and_the_indicators_follow()
    {
        Service.Import(Manifest);
        using var folder = new TempFolder();
        var manifest = Copy(folder, "convoys.csv", t => t.Replace("V04,2016-08-10,,East Aleppo city,,UN (ERC O'Brien),requested", "V04,2016-08-10,,East Aleppo city,,UN (ERC O'Brien),delivered", StringComparison.Ordinal));
        Assert.Equal(1, Service.Import(manifest));
        Reopen();
        var east = Service.Load()!;
        var access = new AccessIndicators(east).For(east.Areas[0], new DateOnly(2016, 11, 20));
        Assert.Equal((102, 102), (access.DaysSinceDeliveryMin, access.DaysSinceDeliveryMax));
    }
}
