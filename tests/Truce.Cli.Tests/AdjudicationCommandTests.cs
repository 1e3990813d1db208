using Truce.Testing;

namespace Truce.Cli.Tests;

public sealed class AdjudicationCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public void Verdict_counts_come_with_exactly_the_documented_header()
    {
        var (exit, stdout, _) = Truce.Run("verdicts", "--db", demo.Path, "--agreement", "A1", "--by", "month", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,stakeholder,violation,permitted,outside,indeterminate,not_applicable", lines[0]);
        // 2016 to 2019 by month, three stakeholders each; every event counted once per stakeholder.
        Assert.Contains("2016-10,us,", stdout, StringComparison.Ordinal);
        var usTotal = lines.Skip(1).Where(l => l.Split(',')[1] == "us").Sum(l => l.Split(',').Skip(2).Sum(int.Parse));
        Assert.Equal(16_566, usTotal);
    }

    [Fact]
    public void Disputed_events_are_listed_with_every_reading()
    {
        var (exit, stdout, _) = Truce.Run("verdicts", "--db", demo.Path, "--agreement", "A1", "--disputed");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event,date,agreement,ru,ru_rule,un-envoy,un-envoy_rule,us,us_rule", lines[0]);
        Assert.Contains("ucdp-ged:233028,2016-10-31,A1,permitted,target-exempt,permitted,target-exempt,violation,target-not-exempt", lines);
    }

    [Fact]
    public void Explain_names_the_designation_rows_each_reading_relied_on()
    {
        var (exit, stdout, _) = Truce.Run("explain", "--db", demo.Path, "233028");
        Assert.Equal(0, exit);
        var flat = string.Join(' ', stdout.Split('\n').Select(l => l.Trim()));
        Assert.Contains("A1: disputed", flat, StringComparison.Ordinal);
        Assert.Contains("designations.csv#D22", flat, StringComparison.Ordinal);
        Assert.Contains("designations.csv#D15", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_checks_a_claimed_target()
    {
        var (exit, stdout, _) = Truce.Run("explain", "--db", demo.Path, "ucdp-ged:233028", "--claim", "Jabhat al-Nusra positions");
        Assert.Equal(0, exit);
        Assert.Contains("claim \"Jabhat al-Nusra positions\": supported", stdout.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_at_a_point_names_the_record_and_its_controller()
    {
        var (exit, stdout, _) = Truce.Run("control", "--db", demo.Path, "--at", "2016-11-20", "--point", "36.2166,37.1822");
        Assert.Equal(0, exit);
        Assert.Contains("controllers: Opposition/rebels", stdout, StringComparison.Ordinal);
        Assert.Contains("aleppo_control.csv#C047", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_diff_lists_the_neighbourhoods_that_changed_hands_and_the_area_per_controller()
    {
        var (exit, stdout, _) = Truce.Run("control", "diff", "--db", demo.Path, "--from", "2016-11-20", "--to", "2016-12-23", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,key,name,before,after,area_km2,gained_km2,lost_km2,records_before,records_after", lines[0]);
        // Figures from tests/Truce.Geo.Tests/Control/aleppo_diff_check.py (independent Python): 33 polygons change.
        Assert.Equal(33, lines.Count(l => l.StartsWith("area,", StringComparison.Ordinal)));
        Assert.Contains("controller,Opposition/rebels,,,,,0.000,28.273,,", lines);
        Assert.Contains("controller,Government/allies,,,,,26.115,0.000,,", lines);
    }

    [Fact]
    public void Unmatched_actor_names_are_listed_for_review()
    {
        var (exit, stdout, _) = Truce.Run("actors", "unmatched", "--db", demo.Path);
        Assert.Equal(0, exit);
        Assert.StartsWith("name,role,events,unmatched_parts,matched\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Jaysh Asoud al-Sharqiya", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\nGovernment of Syria,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_and_missing_verdicts_exit_with_their_codes()
    {
        Assert.Equal(3, Truce.Run("verdicts", "--db", demo.Path, "--agreement", "A1", "--by", "year").Exit);
        Assert.Equal(4, Truce.Run("verdicts", "--db", demo.Path, "--agreement", "A9").Exit);
        Assert.Equal(4, Truce.Run("explain", "--db", demo.Path, "999999999").Exit);
        Assert.Equal(3, Truce.Run("control", "--db", demo.Path, "--at", "2016-11-20", "--point", "north").Exit);
        using var folder = new TempFolder();
        var empty = folder.File("events-only.sqlite");
        Assert.Equal(0, Truce.Run("import", "--db", empty, "--format", "acled", folder.Write("a.csv", AcledFixture.File)).Exit);
        Assert.Equal(4, Truce.Run("verdicts", "--db", empty, "--agreement", "A1").Exit);
    }
}
