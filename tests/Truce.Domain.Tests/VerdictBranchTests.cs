using Truce.Domain.Adjudication;
using Truce.Domain.Agreements;
using static Truce.Domain.Tests.World;

namespace Truce.Domain.Tests;

public sealed class VerdictBranchTests
{
    private static readonly DateOnly Day = new(2016, 9, 1);

    private static (Verdict Follow, Verdict Formal) Judge(AdjudicationCase c, AdjudicationInputs? inputs = null)
    {
        var verdicts = new Adjudicator(inputs ?? Inputs()).Judge(c);
        return (verdicts[0], verdicts[1]);
    }

    [Fact]
    public void An_event_before_the_agreement_is_not_applicable()
    {
        var (follow, _) = Judge(Case("Government of Syria", "Civilians", new(2016, 2, 26)));
        Assert.Equal((VerdictOutcome.NotApplicable, VerdictReason.NotInForce), (follow.Outcome, follow.Reason));
    }

    [Fact]
    public void An_event_on_the_day_an_agreement_starts_at_seven_pm_is_indeterminate()
    {
        var a4 = Agreement("A4", new AgreementMoment(new(2016, 9, 12), new TimeOnly(19, 0), "2016-09-12T19:00"), new AgreementMoment(new(2016, 9, 19), new TimeOnly(19, 0), "2016-09-19T19:00"));
        var inputs = Inputs(agreements: [a4]);
        Assert.Equal(VerdictReason.PartlyInForce, Judge(Case("Government of Syria", "Civilians", new(2016, 9, 12)), inputs).Follow.Reason);
        Assert.Equal(VerdictOutcome.Violation, Judge(Case("Government of Syria", "Civilians", new(2016, 9, 13)), inputs).Follow.Outcome);
        Assert.Equal(VerdictReason.PartlyInForce, Judge(Case("Government of Syria", "Civilians", new(2016, 9, 19)), inputs).Follow.Reason);
        Assert.Equal(VerdictReason.NotInForce, Judge(Case("Government of Syria", "Civilians", new(2016, 9, 20)), inputs).Follow.Reason);
    }

    [Fact]
    public void An_event_in_another_country_is_not_applicable()
    {
        Assert.Equal(VerdictReason.OutsideScope, Judge(Case("Government of Syria", "Civilians", Day, country: "Iraq")).Follow.Reason);
    }

    [Fact]
    public void An_act_the_agreement_does_not_forbid_is_not_applicable()
    {
        Assert.Equal(VerdictReason.NotHostile, Judge(Case("Government of Syria", "Civilians", Day, type: "Protests")).Follow.Reason);
    }

    [Fact]
    public void An_exempt_initiator_is_outside_the_agreement()
    {
        var (follow, formal) = Judge(Case("IS", "Civilians", Day));
        Assert.Equal((VerdictOutcome.Outside, VerdictReason.InitiatorExempt), (follow.Outcome, follow.Reason));
        Assert.Equal("D20", follow.InitiatorBasis!.RecordId);
        Assert.Equal("D10", formal.InitiatorBasis!.RecordId);
    }

    [Fact]
    public void A_state_that_is_not_a_party_is_outside_the_agreement()
    {
        var (follow, _) = Judge(Case("Government of Turkey", "Ahrar al-Sham", Day));
        Assert.Equal((VerdictOutcome.Outside, VerdictReason.InitiatorNotParty), (follow.Outcome, follow.Reason));
    }

    [Fact]
    public void An_initiator_the_registry_does_not_know_is_indeterminate()
    {
        var (follow, _) = Judge(Case("Fatah Halab", "Civilians", Day));
        Assert.Equal((VerdictOutcome.Indeterminate, VerdictReason.InitiatorUnknown), (follow.Outcome, follow.Reason));
    }

    [Fact]
    public void A_bound_party_striking_civilians_is_a_violation_for_everyone()
    {
        var (follow, formal) = Judge(Case("Government of Syria", "Civilians", Day));
        Assert.Equal(VerdictOutcome.Violation, follow.Outcome);
        Assert.Equal(VerdictOutcome.Violation, formal.Outcome);
        Assert.Equal("civ", follow.Target);
        Assert.Equal("gov", follow.Party!.ActorId);
    }

    [Fact]
    public void A_rebel_group_is_bound_through_the_open_party_clause()
    {
        var (follow, _) = Judge(Case("Ahrar al-Sham", "Government of Syria", Day));
        Assert.Equal(VerdictOutcome.Violation, follow.Outcome);
        Assert.True(follow.Party!.AnyNonStateActor);
    }

    [Fact]
    public void A_strike_on_the_renamed_group_between_renaming_and_formal_listing_is_disputed()
    {
        var verdicts = new Adjudicator(Inputs()).Judge(Case("Government of Syria", "Jabhat Fateh al-Sham", Day));
        Assert.Equal(VerdictOutcome.Permitted, verdicts[0].Outcome);
        Assert.Equal("D21", verdicts[0].TargetBasis!.RecordId);
        Assert.Equal(VerdictOutcome.Violation, verdicts[1].Outcome);
        Assert.True(Consensus.IsDisputed(verdicts));
    }

    [Fact]
    public void After_the_alias_is_listed_both_readings_permit_the_strike()
    {
        var verdicts = new Adjudicator(Inputs()).Judge(Case("Government of Syria", "Jabhat Fateh al-Sham", AliasListed));
        Assert.All(verdicts, v => Assert.Equal(VerdictOutcome.Permitted, v.Outcome));
        Assert.Equal("D15", verdicts[1].TargetBasis!.RecordId);
        Assert.False(Consensus.IsDisputed(verdicts));
    }

    [Fact]
    public void Before_the_renaming_both_readings_permit_a_strike_on_the_listed_name()
    {
        var verdicts = new Adjudicator(Inputs()).Judge(Case("Government of Syria", "Jabhat al-Nusra", Renamed.AddDays(-1)));
        Assert.All(verdicts, v => Assert.Equal(VerdictOutcome.Permitted, v.Outcome));
        Assert.Equal("D14", verdicts[1].TargetBasis!.RecordId);
    }

    [Fact]
    public void A_merger_carries_the_listing_only_for_the_stakeholder_that_follows_the_group()
    {
        var (follow, formal) = Judge(Case("Government of Syria", "HTS", Merged));
        Assert.Equal(VerdictOutcome.Permitted, follow.Outcome);
        Assert.Equal("hts", follow.TargetBasis!.ActorId);
        Assert.NotNull(follow.TargetBasis.Via);
        Assert.Equal(VerdictOutcome.Violation, formal.Outcome);
    }

    [Fact]
    public void A_listing_that_ended_no_longer_exempts()
    {
        var (_, during) = Judge(Case("Government of Syria", "Jaysh al-Islam", new(2016, 3, 31)));
        var (_, after) = Judge(Case("Government of Syria", "Jaysh al-Islam", new(2016, 4, 1)));
        Assert.Equal(VerdictOutcome.Permitted, during.Outcome);
        Assert.Equal(VerdictOutcome.Violation, after.Outcome);
    }

    [Fact]
    public void A_target_mixing_exempt_and_protected_groups_is_indeterminate()
    {
        var (follow, _) = Judge(Case("Government of Syria", "Ahrar al-Sham, Jabhat Fateh al-Sham", Day));
        Assert.Equal((VerdictOutcome.Indeterminate, VerdictReason.TargetMixed), (follow.Outcome, follow.Reason));
        Assert.Equal("reb", follow.Target);
        Assert.Equal("nusra", follow.TargetBasis!.ActorId);
    }

    [Fact]
    public void A_collective_target_is_replaced_by_the_controller_of_the_location()
    {
        var (follow, _) = Judge(Case("Government of Syria", "Syrian insurgents", Day, Held("Opposition/rebels")));
        Assert.Equal(VerdictOutcome.Violation, follow.Outcome);
        Assert.Equal("ins", follow.Target);
        Assert.Equal("control.csv#C1", follow.Control!.Record.Id);
    }

    [Fact]
    public void A_collective_target_at_an_unknown_location_is_indeterminate()
    {
        Assert.Equal(VerdictReason.TargetUnknown, Judge(Case("Government of Syria", "Syrian insurgents", Day)).Follow.Reason);
        Assert.Equal(VerdictReason.TargetUnknown, Judge(Case("Government of Syria", null, Day)).Follow.Reason);
    }

    [Fact]
    public void Control_records_that_disagree_make_the_verdict_indeterminate()
    {
        var (follow, _) = Judge(Case("Government of Syria", "Syrian insurgents", Day, Held("Opposition/rebels", "Government/allies")));
        Assert.Equal((VerdictOutcome.Indeterminate, VerdictReason.ControllersDisagree), (follow.Outcome, follow.Reason));
        Assert.Equal("control.csv#C2", follow.OtherControl!.Record.Id);
    }

    [Fact]
    public void A_contested_location_is_indeterminate()
    {
        Assert.Equal(VerdictReason.ControllerUnknown, Judge(Case("Government of Syria", "Syrian insurgents", Day, Held("Contested"))).Follow.Reason);
    }

    [Fact]
    public void A_location_held_by_the_initiator_does_not_name_the_target()
    {
        Assert.Equal(VerdictReason.ControllerIsInitiator, Judge(Case("Government of Syria", "Syrian insurgents", Day, Held("Government/allies"))).Follow.Reason);
    }

    [Fact]
    public void A_strike_on_an_exempt_group_in_a_reserved_zone_is_a_violation()
    {
        var zone = new AgreementZone("Z1", ["SY0200"], ["rus"], null, null, Src("A4.2"));
        var inputs = Inputs(agreements: [Agreement(zones: [zone])]);
        var (follow, _) = Judge(Case("Government of Syria", "IS", Day), inputs);
        Assert.Equal((VerdictOutcome.Violation, VerdictReason.ZoneReserved), (follow.Outcome, follow.Reason));
        var (outside, _) = Judge(Case("Government of Syria", "IS", Day, admin2: "SY0300"), inputs);
        Assert.Equal(VerdictOutcome.Permitted, outside.Outcome);
    }

    [Fact]
    public void An_event_spanning_the_formal_listing_is_indeterminate_for_the_formal_reader()
    {
        var (follow, formal) = Judge(Case("Government of Syria", "Jabhat Fateh al-Sham", AliasListed.AddDays(-3), end: AliasListed.AddDays(3)));
        Assert.Equal(VerdictOutcome.Permitted, follow.Outcome);
        Assert.Equal((VerdictOutcome.Indeterminate, VerdictReason.ChangedWithinDates), (formal.Outcome, formal.Reason));
    }
}
