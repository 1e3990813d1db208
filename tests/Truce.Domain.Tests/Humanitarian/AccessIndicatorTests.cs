using Truce.Domain.Humanitarian;
using static Truce.Domain.Tests.Humanitarian.Synthetic;

namespace Truce.Domain.Tests.Humanitarian;

public sealed class AccessIndicatorTests
{
    private static AreaAccess On(HumanitarianRecord record, string day) => new AccessIndicators(record).For(Town, Day(day));

    [Fact]
    public void The_share_reached_divides_the_people_reached_in_30_days_by_each_end_of_the_population_range()
    {
        var record = Record(
            [Convoy("V1", AccessKind.Delivered, "2016-02-02", 300), Convoy("V2", AccessKind.Delivered, "2016-01-02", 5_000)],
            Siege("S1", SiegeRecordKind.PopulationEstimate, "2016-01-20", new PopulationFigure(null, 800, 1_200), "UN"),
            Siege("S2", SiegeRecordKind.PopulationEstimate, "2016-01-25", new PopulationFigure(1_000, null, null), "NGO"));
        var a = On(record, "2016-02-01"); // V2 is 30 days back: in the window 01-03..02-01? no: 01-02 is the 31st day
        Assert.Equal(0, a.Reached);
        var b = On(record, "2016-02-02"); // V1 on the day
        Assert.Equal(300, b.Reached);
        Assert.Equal((800L, 1_200L), (b.PopulationLow!.Value, b.PopulationHigh!.Value));
        Assert.Equal(0.25, b.ShareReachedLow);
        Assert.Equal(0.375, b.ShareReachedHigh);
        Assert.Equal(5_000, On(record, "2016-01-31").Reached); // 01-02 is the 30th day ending 01-31
    }

    [Fact]
    public void A_delivery_without_a_count_leaves_the_share_bounded_below_only()
    {
        var record = Record([Convoy("V1", AccessKind.Delivered, "2016-02-02", 300), Convoy("V2", AccessKind.Delivered, "2016-02-03")],
            Siege("S1", SiegeRecordKind.PopulationEstimate, "2016-01-20", new PopulationFigure(1_000, null, null)));
        var a = On(record, "2016-02-05");
        Assert.True(a.ReachedIncomplete);
        Assert.Equal(0.3, a.ShareReachedLow);
        Assert.Null(a.ShareReachedHigh);
    }

    [Fact]
    public void Population_flows_are_not_populations_and_old_figures_drop_out_after_the_window()
    {
        var record = Record([],
            Siege("S1", SiegeRecordKind.PopulationEstimate, "2016-01-20", new PopulationFigure(1_000, null, null)),
            Siege("S2", SiegeRecordKind.PopulationFlow, "2016-02-01", new PopulationFigure(400, null, null)));
        Assert.Equal(["S1"], On(record, "2016-04-19").Figures.Select(f => f.Id)); // 90 days after 01-20
        Assert.Empty(On(record, "2016-04-20").Figures);
        Assert.Null(On(record, "2016-04-20").PopulationLow);
    }

    [Fact]
    public void An_area_without_start_rows_is_reported_besieged_only_within_the_report_window()
    {
        var record = new HumanitarianRecord { Areas = [Town], Sieges = [Siege("S1", SiegeRecordKind.AreaPopulation, "2016-06", new PopulationFigure(8_000, null, null))] };
        var indicators = new AccessIndicators(record, new AccessOptions { ReportWindowDays = 30 });
        Assert.Equal(SiegeStatus.NotBesieged, indicators.For(Town, Day("2016-05-31")).Status);
        Assert.Equal(SiegeStatus.Reported, indicators.For(Town, Day("2016-06-01")).Status);
        Assert.Equal(SiegeStatus.Reported, indicators.For(Town, Day("2016-07-30")).Status); // 30 days after 06-30, the month's last day
        Assert.Equal(SiegeStatus.NotBesieged, indicators.For(Town, Day("2016-07-31")).Status);
    }

    [Fact]
    public void Rows_of_one_incident_count_once_and_a_party_is_tallied_when_any_row_names_it()
    {
        var record = Record([
            Convoy("V1", AccessKind.Attacked, "2016-02-02", blocking: "Russia or Syria"),
            Convoy("V2", AccessKind.Attacked, "2016-02-02", blocking: "cargo fire, says Russia's MoD"),
            Convoy("V3", AccessKind.Denied, "2016-02-10")])
            with
        { Parties = [new AccessParty("syria", "Syria", ["Syria"]), new AccessParty("russia", "Russia", ["Russia or Syria"])] };
        var a = On(record, "2016-02-10");
        Assert.Equal((1, 1), (a.AttacksTotal, a.DenialsTotal));
        var tallies = new AccessIndicators(record).ByParty(Day("2016-02-10")).ToDictionary(t => t.PartyId);
        Assert.Equal((1, 0), (tallies["syria"].Attacks, tallies["syria"].Denials));
        Assert.Equal(["V1"], tallies["syria"].Rows);
        Assert.Equal((0, 1), (tallies[PartyTally.NotStated].Attacks, tallies[PartyTally.NotStated].Denials));
    }
}
