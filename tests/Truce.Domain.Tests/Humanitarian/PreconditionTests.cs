using Truce.Domain.Humanitarian;
using static Truce.Domain.Tests.Humanitarian.Synthetic;

namespace Truce.Domain.Tests.Humanitarian;

public sealed class PreconditionTests
{
    private static readonly Precondition Calm = new("calm", "At most 2 a day for 3 days", PreconditionKind.MaxConsensusViolations, "A1", 2, 3, "");
    private static readonly Precondition Aid = new("aid", "Reached within 10 days", PreconditionKind.BesiegedReached, null, null, 10, "");
    private static readonly Precondition Lists = new("lists", "Lists agree", PreconditionKind.ExemptSetsAgree, "A1", null, null, "");

    private static PreconditionEvaluator Evaluator(TableFacts facts, HumanitarianRecord? record = null) => new(new AccessIndicators(record ?? Record([])), facts);

    private static ConditionOutcome On(PreconditionEvaluator e, Precondition c, string day) => e.Evaluate(c, Day(day)).Outcome;

    [Fact]
    public void A_day_over_the_threshold_breaks_the_calm_for_exactly_the_days_whose_window_holds_it()
    {
        var facts = new TableFacts();
        facts.Violations[Day("2016-03-10")] = 2; // at the threshold: allowed
        facts.Violations[Day("2016-03-12")] = 3; // over it
        var e = Evaluator(facts);
        Assert.Equal(ConditionOutcome.Holds, On(e, Calm, "2016-03-11"));
        Assert.Equal(ConditionOutcome.Fails, On(e, Calm, "2016-03-12")); // window 10..12
        Assert.Equal(ConditionOutcome.Fails, On(e, Calm, "2016-03-14")); // window 12..14, the last one holding the 3
        Assert.Equal(ConditionOutcome.Holds, On(e, Calm, "2016-03-15")); // window 13..15
        Assert.Equal(
            [new ConditionSpan("calm", Day("2016-03-09"), Day("2016-03-11"), ConditionOutcome.Holds),
             new ConditionSpan("calm", Day("2016-03-12"), Day("2016-03-14"), ConditionOutcome.Fails),
             new ConditionSpan("calm", Day("2016-03-15"), Day("2016-03-16"), ConditionOutcome.Holds)],
            e.Timeline(Calm, Day("2016-03-09"), Day("2016-03-16")));
        Assert.Equal(Day("2016-03-15"), e.Since(Calm, Day("2016-03-16"), Day("2016-01-01")));
        Assert.Contains("3 on 2016-03-12 (at most 2 allowed)", e.Evaluate(Calm, Day("2016-03-13")).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Calm_cannot_be_measured_over_days_before_the_agreement_is_in_force()
    {
        var e = Evaluator(new TableFacts { InForceFrom = Day("2016-02-27") });
        Assert.Equal(ConditionOutcome.Unknown, On(e, Calm, "2016-02-28")); // window 26..28 starts before
        Assert.Equal(ConditionOutcome.Holds, On(e, Calm, "2016-02-29")); // window 27..29
        Assert.Equal(ConditionOutcome.Unknown, On(e, Calm with { Agreement = "A9" }, "2016-02-29"));
        Assert.Equal(Day("2016-02-29"), e.Since(Calm, Day("2016-03-05"), Day("2016-01-01")));
        Assert.Equal(Day("2016-03-01"), e.Since(Calm, Day("2016-03-05"), Day("2016-03-01"))); // no further back than the record
    }

    [Fact]
    public void Every_besieged_area_must_have_been_reached_within_k_days_whatever_the_dates_precision()
    {
        // Besieged from 01-10. Deliveries: 01-05, 02-01, and one in "2016-03" (any day of March).
        var e = Evaluator(new TableFacts(), Record([Convoy("V1", AccessKind.Delivered, "2016-01-05"), Convoy("V2", AccessKind.Delivered, "2016-02-01"), Convoy("V3", AccessKind.Delivered, "2016-03")],
            Siege("S9", SiegeRecordKind.End, "2016-04-20")));
        Assert.Equal(ConditionOutcome.Holds, On(e, Aid, "2016-01-09")); // not yet besieged
        Assert.Equal(ConditionOutcome.Holds, On(e, Aid, "2016-01-15")); // 10 days since 01-05
        Assert.Equal(ConditionOutcome.Fails, On(e, Aid, "2016-01-16")); // 11
        Assert.Equal(ConditionOutcome.Holds, On(e, Aid, "2016-02-11"));
        Assert.Equal(ConditionOutcome.Fails, On(e, Aid, "2016-02-12"));
        Assert.Equal(ConditionOutcome.Holds, On(e, Aid, "2016-03-11")); // March delivery at the latest 10 days ago whatever its day
        Assert.Equal(ConditionOutcome.Fails, On(e, Aid, "2016-03-12")); // it may have been on 03-01: 11 days
        Assert.Equal(ConditionOutcome.Holds, On(e, Aid, "2016-04-20")); // the siege ended
        Assert.Contains("Town: 0–10 days since the last delivery", e.Evaluate(Aid, Day("2016-03-11")).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distribution_of_stocks_inside_does_not_count_as_reaching_the_area()
    {
        var e = Evaluator(new TableFacts(), Record([Convoy("V1", AccessKind.Delivered, "2016-01-05"), Convoy("V2", AccessKind.Distribution, "2016-01-20")]));
        Assert.Equal(ConditionOutcome.Fails, On(e, Aid, "2016-01-21"));
    }

    [Fact]
    public void Exempt_lists_agree_only_when_every_stakeholder_exempts_the_same_parties()
    {
        var split = Day("2016-07-28");
        var e = Evaluator(new TableFacts
        {
            Parties = d => [
                new PartyExemption("ucdp:234", "IS", [("ru", true), ("us", true)]),
                new PartyExemption("ucdp:1170", d < split ? "Jabhat al-Nusra" : "Jabhat Fateh al-Sham", [("ru", true), ("us", d < split)]),
            ],
        });
        Assert.Equal(ConditionOutcome.Holds, On(e, Lists, "2016-07-27"));
        var result = e.Evaluate(Lists, split);
        Assert.Equal(ConditionOutcome.Fails, result.Outcome);
        Assert.Equal("Jabhat Fateh al-Sham (ucdp:1170) exempt for ru, not for us", result.Detail);
        Assert.Equal(ConditionOutcome.Unknown, On(e, Lists with { Agreement = "A2" }, "2016-07-27"));
    }
}
