using Truce.Domain.Adjudication;
using Truce.Storage.Stats;

namespace Truce.Storage.Adjudication;

/// <summary>Counts verdicts per period and stakeholder (what <c>truce verdicts</c> and <c>/api/verdicts</c> report).</summary>
public static class VerdictCounts
{
    /// <returns>One row per (period, stakeholder) that has a verdict, in period then stakeholder order (ordinal).</returns>
    public static IReadOnlyList<VerdictCount> By(IEnumerable<StoredVerdict> verdicts, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var cells = new Dictionary<(string Period, string Stakeholder), int[]>();
        var labels = new Dictionary<DateOnly, string>();
        foreach (var v in verdicts)
        {
            if (!labels.TryGetValue(v.Day, out var period))
            {
                labels[v.Day] = period = Period.Label(v.Day, unit);
            }

            if (!cells.TryGetValue((period, v.Stakeholder), out var counts))
            {
                cells[(period, v.Stakeholder)] = counts = new int[6];
            }

            counts[(int)v.Outcome]++;
        }

        return
        [
            .. cells
                .OrderBy(c => c.Key.Period, StringComparer.Ordinal).ThenBy(c => c.Key.Stakeholder, StringComparer.Ordinal)
                .Select(c => new VerdictCount(
                    c.Key.Period,
                    c.Key.Stakeholder,
                    c.Value[(int)VerdictOutcome.Violation],
                    c.Value[(int)VerdictOutcome.Permitted],
                    c.Value[(int)VerdictOutcome.Outside],
                    c.Value[(int)VerdictOutcome.Indeterminate],
                    c.Value[(int)VerdictOutcome.NotApplicable])),
        ];
    }
}
