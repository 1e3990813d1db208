using Truce.Domain.Adjudication;
using Truce.Domain.Humanitarian;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;

namespace Truce.Storage.Humanitarian;

/// <summary>
/// What conditions read from a store: consensus violations per day from the latest adjudication run
/// (events every stakeholder with a reading judges a violation), and exemptions from the stored scenario.
/// Reads each agreement's verdicts once.
/// </summary>
public sealed class StoredConditionFacts(IAdjudicationStore store, Scenario? scenario) : IConditionFacts
{
    private readonly Dictionary<string, Dictionary<DateOnly, int>?> _violations = new(StringComparer.Ordinal);
    private readonly Adjudicator? _adjudicator = scenario is null ? null : new Adjudicator(scenario.Inputs);

    public int? ConsensusViolations(string agreement, DateOnly day)
    {
        if (!_violations.TryGetValue(agreement, out var byDay))
        {
            _violations[agreement] = byDay = Count(agreement);
        }

        return byDay is null ? null : byDay.GetValueOrDefault(day);
    }

    public bool? InForce(string agreement, DateOnly day) =>
        scenario?.Terms.Agreements.FirstOrDefault(a => a.Id == agreement) is not { } a ? null
        : a.From is { } from && from.Day <= day && (a.To is null || day <= a.To.Day);

    public IReadOnlyList<PartyExemption>? Exemptions(string agreement, DateOnly day) => _adjudicator?.Exemptions(agreement, day);

    private Dictionary<DateOnly, int>? Count(string agreement)
    {
        var any = false;
        var byDay = new Dictionary<DateOnly, int>();
        foreach (var verdicts in store.Verdicts(new VerdictQuery { Agreement = agreement }).GroupBy(v => v.EventKey, StringComparer.Ordinal))
        {
            any = true;
            if (verdicts.All(v => v.Outcome == VerdictOutcome.Violation))
            {
                var day = verdicts.First().Day;
                byDay[day] = byDay.GetValueOrDefault(day) + 1;
            }
        }

        return any ? byDay : null;
    }
}
