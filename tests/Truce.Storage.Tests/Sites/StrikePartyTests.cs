using Truce.Domain.Events;
using Truce.Storage.Sites;
using static Truce.Storage.Tests.Sites.StrikeCases;

namespace Truce.Storage.Tests.Sites;

public sealed class StrikePartyTests
{
    private static readonly DateTimeOffset Morning = new(2016, 4, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowFrom = new(2016, 4, 27, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowTo = new(2016, 4, 27, 23, 0, 0, TimeSpan.Zero);

    private static SiteStrikeFlag Flag(EventRevision e, IReadOnlyList<StoredCheck> checks, params string[] recipients) =>
        Assert.Single(NotifiedSiteStrikes.Compute([Notice(Site("P01", 100), Feb27, recipients: recipients)], checks, Links, [e]).Flags);

    [Fact]
    public void Both_sides_of_a_state_based_event_are_possible_strikers_and_each_linked_party_is_reported()
    {
        var flag = Flag(Event("1", 0), []);
        Assert.Equal(
            [("side_a", "Government of Syria", SideRole.PossibleStriker, "syrian-government"), ("side_b", "Syrian insurgents", SideRole.PossibleStriker, "opposition")],
            flag.Sides.Select(s => (s.Side, s.Actor, s.Role, Assert.Single(s.Parties).Party)));
        Assert.All(flag.Sides, s => Assert.Equal((RelativeTiming.Before, Feb27), (s.Parties[0].Notified, s.Parties[0].NotifiedAt)));
    }

    [Fact]
    public void One_sided_violence_names_side_a_the_striker_and_ACLED_names_actor1()
    {
        var ucdp = Flag(Event("1", 0, violence: 3, sideB: "Civilians"), []);
        Assert.Equal([("side_a", SideRole.Striker), ("side_b", SideRole.Target)], ucdp.Sides.Select(s => (s.Side, s.Role)));
        Assert.Empty(ucdp.Sides[1].Parties);
        var acled = Flag(Event("SYR1", 0, dataset: EventDataset.Acled), []);
        Assert.Equal([("actor1", SideRole.Striker), ("actor2", SideRole.Target)], acled.Sides.Select(s => (s.Side, s.Role)));
    }

    [Fact]
    public void Recipients_that_exclude_a_party_leave_it_not_notified_and_a_coalition_side_is_matched_part_by_part()
    {
        var flag = Flag(Event("1", 0, sideA: "Government of Syria, Government of Russia (Soviet Union)"), [], "russia");
        Assert.Equal(
            [("russia", (RelativeTiming?)RelativeTiming.Before, (DateTimeOffset?)Feb27), ("syrian-government", null, null)],
            flag.Sides[0].Parties.Select(p => (p.Party, p.Notified, p.NotifiedAt)));
    }

    [Fact]
    public void A_check_whose_target_and_radius_cover_the_point_is_reported_with_its_conflict_answer()
    {
        var flag = Flag(Event("1", 0), [Check(7, "syrian-government", Morning, 300, 500, WindowFrom, WindowTo, conflictWith: "P01")]);
        var check = Assert.Single(flag.Sides[0].Parties[0].Checks);
        Assert.Equal((7L, RelativeTiming.Before, CheckAnswerKind.Conflict, true, "conflict: hospital (MSF Aleppo desk)"),
            (check.CheckId, check.Timing, check.Answer, check.NamedSite, check.Told));
        Assert.Empty(flag.Sides[1].Parties[0].Checks);
    }

    [Fact]
    public void A_check_of_a_point_beyond_its_radius_does_not_cover_an_exact_event_but_covers_a_25_km_one()
    {
        var check = Check(7, "syrian-government", Morning, 800, 500, WindowFrom, WindowTo);
        Assert.Empty(Flag(Event("1", 0), [check]).Sides[0].Parties[0].Checks);
        var covering = Assert.Single(Flag(Event("1", 0, precision: 2), [check]).Sides[0].Parties[0].Checks);
        Assert.Equal(CheckAnswerKind.Clear, covering.Answer);
    }

    [Fact]
    public void A_check_made_after_the_event_does_not_count_and_one_made_on_its_day_is_during()
    {
        var after = Check(1, "syrian-government", new DateTimeOffset(2016, 4, 28, 0, 0, 0, TimeSpan.Zero), 0, 100, WindowFrom, WindowTo);
        var sameDay = Check(2, "syrian-government", new DateTimeOffset(2016, 4, 27, 17, 0, 0, TimeSpan.Zero), 0, 100, WindowFrom, WindowTo);
        var check = Assert.Single(Flag(Event("1", 0), [after, sameDay]).Sides[0].Parties[0].Checks);
        Assert.Equal((2L, RelativeTiming.During), (check.CheckId, check.Timing));
    }

    [Fact]
    public void A_check_whose_window_misses_the_event_days_does_not_count_but_one_touching_a_multi_day_event_does()
    {
        var may = Check(1, "syrian-government", Morning, 0, 100, new DateTimeOffset(2016, 4, 28, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2016, 4, 28, 23, 0, 0, TimeSpan.Zero));
        Assert.Empty(Flag(Event("1", 0), [may]).Sides[0].Parties[0].Checks);
        Assert.Single(Flag(Event("1", 0, end: new(2016, 4, 28)), [may]).Sides[0].Parties[0].Checks);
    }

    [Fact]
    public void A_refused_check_and_another_party_s_check_are_told_apart()
    {
        var refused = Check(1, "syrian-government", Morning, 0, 100, WindowFrom, WindowTo, CheckOutcome.RefusedBudget);
        var other = Check(2, "russia", Morning, 0, 100, WindowFrom, WindowTo, conflictWith: "P02");
        var flag = Flag(Event("1", 0, sideB: "Government of Russia (Soviet Union)"), [refused, other]);
        Assert.Equal(CheckAnswerKind.Refused, Assert.Single(flag.Sides[0].Parties[0].Checks).Answer);
        var russian = Assert.Single(flag.Sides[1].Parties[0].Checks);
        Assert.Equal((CheckAnswerKind.Conflict, false), (russian.Answer, russian.NamedSite));
    }
}
