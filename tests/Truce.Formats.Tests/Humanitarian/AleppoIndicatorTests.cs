using Truce.Domain.Humanitarian;

namespace Truce.Formats.Tests.Humanitarian;

/// <summary>
/// Indicators on chosen days, computed by hand from the rows of data/aleppo-2016/sieges.csv and
/// convoys.csv (row ids in the comments) with the default windows: population figures count for 90
/// days after their date, "recent" is the 30 days ending on the day.
/// </summary>
public sealed class AleppoIndicatorTests
{
    [Fact]
    public void On_20_November_east_Aleppo_is_112_to_136_days_from_its_last_delivery()
    {
        // Deliveries into "East Aleppo city": V01 2016-07-07 (Ban), V02 2016-07 ("beginning of July", Dujarric),
        // V03 2016-07 ("mid-July", Egeland). V31 (11-10, "last food rations distributed") hands out stocks already
        // inside: not an entry. The latest delivery is between 07-07 (the latest first day) and 07-31 (the latest
        // last day): 2016-11-20 − 2016-07-31 = 112 days, 2016-11-20 − 2016-07-07 = 136 days.
        var a = AleppoRecord.EastAleppo("2016-11-20");
        Assert.Equal(112, a.DaysSinceDeliveryMin);
        Assert.Equal(136, a.DaysSinceDeliveryMax);
        Assert.Equal(["V01", "V02", "V03"], a.LastDeliveries.Select(d => d.Id));
        Assert.Empty(a.RecentDeliveries);
        Assert.Equal(0, a.Reached);
        Assert.Equal(0.0, a.ShareReachedLow);
        Assert.Equal(0.0, a.ShareReachedHigh);
    }

    [Fact]
    public void On_20_November_the_people_under_siege_range_over_every_source_of_the_last_90_days()
    {
        // Figures dated 2016-08-22 .. 2016-11-20 (or whose date range reaches into it): S09 275,000 (UN OCHA), S11 250,000
        // (SOHR), S24 250,000 (SOHR, "2016-08"), S26 ≥275,000 (de Mistura, "2016"), S27 275,000, S28 250,000–275,000,
        // S29 300,000, S30 275,000, S32 ≥250,000 (MSF, 11-17, the latest). S31 (11-21) is after the day; S36 Haaretz's
        // 350,000 (2016-07) is older than 90 days.
        var a = AleppoRecord.EastAleppo("2016-11-20");
        Assert.Equal(["S09", "S11", "S24", "S26", "S27", "S28", "S29", "S30", "S32"], a.Figures.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(250_000, a.PopulationLow);
        Assert.Equal(300_000, a.PopulationHigh);
        Assert.Equal(["S32"], a.LatestFigures.Select(f => f.Id));
        Assert.Equal("≥250,000", a.LatestFigures[0].Population!.ToString());
        Assert.Equal(SiegeStatus.Besieged, a.Status);
        Assert.Equal((7, 7), (a.DefinitionsHolding, a.Definitions));
    }

    [Fact]
    public void In_July_the_haaretz_figure_widens_the_range_to_350000()
    {
        // 2016-07-31: S20 300,000 (07-17), S21 ≥300,000, S22 ≥250,000, S23 326,000, S36 350,000 (2016-07), S26 ≥275,000 (2016).
        var a = AleppoRecord.EastAleppo("2016-07-31");
        Assert.Equal(250_000, a.PopulationLow);
        Assert.Equal(350_000, a.PopulationHigh);
        Assert.Equal(["S20", "S21", "S22", "S23", "S26", "S36"], a.Figures.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2016-07-06", SiegeStatus.NotBesieged, 0)] // before every start definition
    [InlineData("2016-07-07", SiegeStatus.BesiegedBySome, 2)] // S01, S02
    [InlineData("2016-07-09", SiegeStatus.BesiegedBySome, 3)] // + S03
    [InlineData("2016-07-26", SiegeStatus.BesiegedBySome, 6)] // S07 (07-27) not yet
    [InlineData("2016-07-27", SiegeStatus.Besieged, 7)]
    [InlineData("2016-08-06", SiegeStatus.Interrupted, 7)] // S10: the Ramouseh breach
    [InlineData("2016-09-03", SiegeStatus.Interrupted, 7)]
    [InlineData("2016-09-04", SiegeStatus.Besieged, 7)] // S11: re-imposed
    [InlineData("2016-12-21", SiegeStatus.Besieged, 7)]
    [InlineData("2016-12-22", SiegeStatus.Ended, 7)] // S12
    public void East_Aleppo_status_follows_each_definition_of_the_siege(string day, SiegeStatus status, int holding)
    {
        var a = AleppoRecord.EastAleppo(day);
        Assert.Equal(status, a.Status);
        Assert.Equal(holding, a.DefinitionsHolding);
    }

    [Fact]
    public void The_urum_al_kubra_attack_is_one_incident_told_by_eight_rows()
    {
        var rows = AleppoRecord.Value.Access.Where(e => e.IsAttack).ToList();
        Assert.Equal(["V10", "V11", "V12", "V13", "V14", "V14b", "V15", "V17"], rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Single(rows.Select(r => r.IncidentKey).Distinct());
    }

    [Fact]
    public void Denials_and_attacks_are_tallied_by_the_party_the_rows_name()
    {
        // Denials up to 11-20: V20 (10-21: Government of Syria objection; non-State armed groups), V30 (2016-11: Syrian
        // government rejected), V34 (11-18: Syrian regime forces turned back aid). The 09-19 attack: V13 "Russia or Syria",
        // V14 "Syrian air force", V14b "Syrian and Russian forces".
        var tallies = AleppoRecord.Indicators().ByParty(new DateOnly(2016, 11, 20)).ToDictionary(t => t.PartyId);
        Assert.Equal((3, 2, 1, 0), (tallies["government-of-syria"].Denials, tallies["government-of-syria"].DenialsRecent, tallies["government-of-syria"].Attacks, tallies["government-of-syria"].AttacksRecent));
        Assert.Equal(["V13", "V14", "V14b", "V20", "V30", "V34"], tallies["government-of-syria"].Rows.Order(StringComparer.Ordinal));
        Assert.Equal((0, 1), (tallies["russia"].Denials, tallies["russia"].Attacks));
        Assert.Equal((1, 0), (tallies["armed-opposition"].Denials, tallies["armed-opposition"].Attacks));
        Assert.DoesNotContain(PartyTally.NotStated, tallies.Keys);

        var before = AleppoRecord.Indicators().ByParty(new DateOnly(2016, 9, 18)).ToDictionary(t => t.PartyId);
        Assert.Equal(0, before["government-of-syria"].Attacks + before["government-of-syria"].Denials);
    }

    [Fact]
    public void Every_siege_and_convoy_row_of_the_file_is_read_with_its_source()
    {
        var record = AleppoRecord.Value;
        Assert.Equal(58, record.Sieges.Count);
        Assert.Equal(33, record.Access.Count);
        Assert.Equal(41, record.Sieges.Count(s => s.Population is not null));
        Assert.All(record.Sieges.Concat<object>(record.Access), r => Assert.NotNull(r is SiegeRecord s ? s.Source.Url : ((AccessEvent)r).Source.Url));
        Assert.Equal(AccessKind.Distribution, record.Access.Single(a => a.Id == "V31").Kind);
        Assert.Equal(AccessKind.DeliveredThenAttacked, record.Access.Single(a => a.Id == "V17").Kind);
    }
}
