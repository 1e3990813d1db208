using System.Globalization;

namespace Truce.Domain.Humanitarian;

/// <summary>Evaluates conditions for talks on a day, and over a period as a timeline of spans (docs/humanitarian.md, "Conditions for talks").</summary>
public sealed class PreconditionEvaluator(AccessIndicators access, IConditionFacts facts)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The condition on <paramref name="day"/>.</summary>
    public ConditionResult Evaluate(Precondition condition, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Kind switch
        {
            PreconditionKind.MaxConsensusViolations => Violations(condition, day),
            PreconditionKind.BesiegedReached => Reached(condition, day),
            PreconditionKind.ExemptSetsAgree => Exempt(condition, day),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Kind, "unknown kind"),
        };
    }

    /// <summary>The condition on every day from <paramref name="from"/> to <paramref name="to"/>, as runs of one outcome.</summary>
    public IReadOnlyList<ConditionSpan> Timeline(Precondition condition, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var spans = new List<ConditionSpan>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var outcome = Evaluate(condition, day).Outcome;
            if (spans.Count > 0 && spans[^1].Outcome == outcome && spans[^1].To == day.AddDays(-1))
            {
                spans[^1] = spans[^1] with { To = day };
            }
            else
            {
                spans.Add(new ConditionSpan(condition.Id, day, day, outcome));
            }
        }

        return spans;
    }

    /// <summary>The first day of the run of days, ending on <paramref name="day"/>, with the outcome the condition has on it — no earlier than <paramref name="notBefore"/> (where the record begins).</summary>
    public DateOnly Since(Precondition condition, DateOnly day, DateOnly notBefore)
    {
        var outcome = Evaluate(condition, day).Outcome;
        var since = day;
        while (since > notBefore && Evaluate(condition, since.AddDays(-1)).Outcome == outcome)
        {
            since = since.AddDays(-1);
        }

        return since;
    }

    private ConditionResult Violations(Precondition c, DateOnly day)
    {
        var days = c.Days ?? 1;
        var max = c.MaxPerDay ?? 0;
        var worst = (Day: day, Count: -1);
        for (var d = day.AddDays(1 - days); d <= day; d = d.AddDays(1))
        {
            if (facts.InForce(c.Agreement!, d) is not true)
            {
                return new ConditionResult(c, day, ConditionOutcome.Unknown, string.Create(C,
                    $"{c.Agreement} is not in force on {d:yyyy-MM-dd}, one of the {days} days ending {day:yyyy-MM-dd}: there is no calm under it to measure"));
            }

            if (facts.ConsensusViolations(c.Agreement!, d) is not { } n)
            {
                return new ConditionResult(c, day, ConditionOutcome.Unknown, $"no verdicts under {c.Agreement}: run truce adjudicate");
            }

            if (n > worst.Count)
            {
                worst = (d, n);
            }
        }

        var holds = worst.Count <= max;
        return new ConditionResult(c, day, holds ? ConditionOutcome.Holds : ConditionOutcome.Fails, string.Create(C,
            $"most consensus violations of {c.Agreement} on one day of the {days} ending {day:yyyy-MM-dd}: {worst.Count} on {worst.Day:yyyy-MM-dd} (at most {max} allowed)"));
    }

    private ConditionResult Reached(Precondition c, DateOnly day)
    {
        var k = c.Days ?? 30;
        var besieged = access.On(day).Where(a => a.IsBesieged && !a.Area.IsTotal).ToList();
        if (besieged.Count == 0)
        {
            return new ConditionResult(c, day, ConditionOutcome.Holds, string.Create(C, $"no area is recorded as besieged on the day (a report without a start counts for {access.Options.ReportWindowDays} days)"));
        }

        var late = besieged.Where(a => a.DaysSinceDeliveryMax is not { } d || d > k).ToList();
        var detail = string.Join("; ", besieged.Select(a => string.Create(C, $"{a.Area.Name}: {Days(a)}")));
        return new ConditionResult(c, day, late.Count == 0 ? ConditionOutcome.Holds : ConditionOutcome.Fails,
            string.Create(C, $"{besieged.Count - late.Count} of {besieged.Count} besieged areas reached within {k} days ({detail})"));
    }

    private ConditionResult Exempt(Precondition c, DateOnly day)
    {
        if (facts.Exemptions(c.Agreement!, day) is not { } parties)
        {
            return new ConditionResult(c, day, ConditionOutcome.Unknown, $"no agreement {c.Agreement} in the record");
        }

        var split = parties.Where(p => !p.Agree).ToList();
        var detail = split.Count == 0
            ? $"{parties.Count} parties (and actors some reading may exempt) checked; every stakeholder exempts the same ones"
            : string.Join("; ", split.Select(p => $"{p.Name} ({p.ActorId}) exempt for {Names(p, true)}, not for {Names(p, false)}"));
        return new ConditionResult(c, day, split.Count == 0 ? ConditionOutcome.Holds : ConditionOutcome.Fails, detail);
    }

    private static string Names(PartyExemption p, bool exempt) => string.Join(", ", p.ByStakeholder.Where(s => s.Exempt == exempt).Select(s => s.Stakeholder));

    private static string Days(AreaAccess a) => a.DaysSinceDeliveryMax is not { } max
        ? "no delivery recorded"
        : a.DaysSinceDeliveryMin == max ? string.Create(C, $"{max} days since the last delivery") : string.Create(C, $"{a.DaysSinceDeliveryMin}–{max} days since the last delivery");
}
