using Truce.Testing;

namespace Truce.Cli.Tests;

/// <summary><c>truce access</c> and <c>truce conditions</c> on the database <c>truce demo</c> builds (it imports data/aleppo-2016/humanitarian.json).</summary>
public sealed class AccessCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_indicators_of_east_aleppo_on_20_november_are_printed_as_the_issue_asks()
    {
        var (exit, output, _) = Truce.Run("access", "--db", demo.Path, "--at", "2016-11-20", "--format", "csv");
        Assert.Equal(0, exit);
        var rows = CsvText.Rows(output);
        Assert.Equal(14, rows.Count);
        var east = rows.Single(r => r["area"] == "east-aleppo");
        Assert.Equal(
            ("besieged", "7", "7", "250000", "300000", "112", "136", "V01 V02 V03", "0", "0.0000", "1", "0"),
            (east["status"], east["definitions_holding"], east["definitions"], east["population_low"], east["population_high"], east["days_since_delivery_min"],
             east["days_since_delivery_max"], east["last_delivery_rows"], east["reached_30d"], east["share_reached_low"], east["denials_30d"], east["attacks_total"]));
        Assert.Contains("S29 El Nashra (approx.): 300,000 (2016-10-05)", east["figures"], StringComparison.Ordinal);
        Assert.StartsWith("Syrian government forces [S01 S03] | Government forces with local and foreign militias; SDF (Sheikh Maqsoud) [S04] | Regime forces; Hezbollah [S06]", east["besieging_parties"], StringComparison.Ordinal);
        Assert.Contains("SDF (YPG) via Sheikh Maqsoud [S14]", east["besieging_parties"], StringComparison.Ordinal);
        Assert.Contains("S28 JewishPress (range): 250,000–275,000 (2016-10-05)", east["figures"], StringComparison.Ordinal);
        Assert.Equal("2", east["denials_total"]); // V20 (10-21, the aborted medical evacuation from east Aleppo) and V30 (November plan)
        Assert.Equal("974080", rows.Single(r => r["area"] == "syria-un-list")["population_high"]);
    }

    [Fact]
    public void Denials_and_attacks_by_party_name_the_rows_that_attribute_them()
    {
        var rows = CsvText.Rows(Truce.Run("access", "--db", demo.Path, "--at", "2016-12-31", "--by", "party").Out).ToDictionary(r => r["party"]);
        Assert.Equal(("3", "1", "V13 V14 V14b V20 V30 V34"), (rows["government-of-syria"]["denials_total"], rows["government-of-syria"]["attacks_total"], rows["government-of-syria"]["rows"]));
        Assert.Equal(("0", "1"), (rows["russia"]["denials_total"], rows["russia"]["attacks_total"]));
    }

    [Fact]
    public void The_readiness_view_says_which_conditions_hold_and_since_when()
    {
        var rows = CsvText.Rows(Truce.Run("conditions", "--db", demo.Path, "--at", "2016-09-15").Out).ToDictionary(r => r["condition"]);
        Assert.Equal(["calm-a1", "calm-a4", "aid-30", "lists-agree-a1", "lists-agree-a4"], rows.Keys);
        Assert.Equal(("fails", "2016-07-28"), (rows["lists-agree-a1"]["outcome"], rows["lists-agree-a1"]["since"]));
        Assert.Equal("unknown", rows["calm-a4"]["outcome"]); // in force from 09-12: not seven days yet
        Assert.Equal("fails", rows["aid-30"]["outcome"]);

        var spans = CsvText.Rows(Truce.Run("conditions", "--db", demo.Path, "--from", "2016-07-01", "--to", "2016-11-30").Out)
            .Where(r => r["condition"] == "lists-agree-a1").Select(r => (r["from"], r["to"], r["outcome"]));
        Assert.Equal([("2016-07-01", "2016-07-27", "holds"), ("2016-07-28", "2016-11-09", "fails"), ("2016-11-10", "2016-11-30", "holds")], spans);
    }

    [Fact]
    public void Every_figure_of_an_area_and_every_convoy_row_is_listed_with_its_source()
    {
        // sieges.csv: east Aleppo rows with a count: S09-S11 (3), S20-S36 (17 estimates), S40-S46 (7 flows).
        var figures = CsvText.Rows(Truce.Run("access", "figures", "--db", demo.Path, "--area", "east-aleppo").Out);
        Assert.Equal(27, figures.Count);
        Assert.Equal(7, figures.Count(f => f["record_type"] == "population-flow"));
        Assert.All(figures, f => Assert.NotEmpty(f["source_url"]));
        var convoys = CsvText.Rows(Truce.Run("access", "convoys", "--db", demo.Path, "--from", "2016-09-19", "--to", "2016-09-19").Out);
        Assert.Equal(["V05", "V10", "V11", "V12", "V13", "V14", "V15", "V16", "V17", "V14b"], convoys.Select(c => c["id"]));
        Assert.Equal("delivered-then-attacked", convoys.Single(c => c["id"] == "V17")["kind"]);
        Assert.Equal(("31", "78000"), (convoys[1]["truck_count"], convoys[1]["people_count"]));
    }

    [Fact]
    public void Body_counts_print_the_record_beside_each_source_figure()
    {
        var rows = CsvText.Rows(Truce.Run("access", "bodycounts", "--db", demo.Path, "--area", "SY020001", "--from", "2016-09-19", "--to", "2016-09-19").Out);
        Assert.Equal(("record", "ucdp-ged", "1", "21"), (rows[0]["kind"], rows[0]["series"], rows[0]["events"], rows[0]["best"]));
        Assert.Equal(["0", "-1", "-11", "-11", "10"], rows.Skip(1).Select(r => r["difference_from_record_best"]));
        Assert.All(rows.Skip(1), r => Assert.StartsWith("http", r["source_url"], StringComparison.Ordinal));
    }

    [Fact]
    public void An_export_imports_into_a_new_database_with_the_same_indicators()
    {
        var folder = _folder.File("export");
        Assert.Equal(0, Truce.Run("access", "export", "--db", demo.Path, "--out", folder).Exit);
        var copy = _folder.File("copy.sqlite");
        var (exit, _, err) = Truce.Run("access", "import", "--db", copy, Path.Combine(folder, "humanitarian.json"));
        Assert.Equal(0, exit);
        Assert.Contains("14 areas, 58 siege rows (41 with a count of people), 33 convoy rows, 14 casualty figures, 5 conditions", err, StringComparison.Ordinal);
        Assert.Equal(Truce.Run("access", "--db", demo.Path, "--at", "2016-10-06").Out, Truce.Run("access", "--db", copy, "--at", "2016-10-06").Out);
    }

    [Fact]
    public void A_bad_table_fails_with_its_place_and_stores_nothing()
    {
        foreach (var name in (string[])["humanitarian.json", "convoys.csv", "incident_tolls.csv"])
        {
            File.Copy(RepoFiles.Data("aleppo-2016", name), _folder.File(name));
        }

        File.WriteAllText(_folder.File("sieges.csv"), File.ReadAllText(RepoFiles.Data("aleppo-2016", "sieges.csv")).Replace(",siege_end,", ",siege_over,", StringComparison.Ordinal));
        var db = _folder.File("bad.sqlite");
        var (exit, _, err) = Truce.Run("access", "import", "--db", db, _folder.File("humanitarian.json"));
        Assert.Equal(2, exit);
        Assert.Contains("sieges.csv:13:5", err, StringComparison.Ordinal);
        Assert.Contains("unknown record type 'siege_over'", err, StringComparison.Ordinal);
        Assert.Equal(4, Truce.Run("access", "--db", db, "--at", "2016-11-20").Exit);
    }
}
