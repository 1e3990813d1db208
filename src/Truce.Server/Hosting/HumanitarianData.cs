using Truce.Domain.Events;
using Truce.Domain.Humanitarian;
using Truce.Server.Map;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Humanitarian;

namespace Truce.Server.Hosting;

/// <summary>
/// The humanitarian record of one version of the store (<see cref="MapData"/>) and what is computed
/// over it: the access indicators, the besieged areas' shapes, and the conditions for talks over
/// the latest adjudication run (its verdicts read once, here).
/// </summary>
/// <remarks>Thread-safe: the indicators and shapes are immutable; condition evaluations are serialised.</remarks>
internal sealed class HumanitarianData
{
    private readonly Lock _gate = new();
    private readonly PreconditionEvaluator _conditions;

    private HumanitarianData(HumanitarianRecord record, BesiegedShapes shapes, PreconditionEvaluator conditions, DateOnly beginning)
    {
        Record = record;
        Access = new AccessIndicators(record);
        Shapes = shapes;
        _conditions = conditions;
        Beginning = beginning;
    }

    public HumanitarianRecord Record { get; }

    public AccessIndicators Access { get; }

    public BesiegedShapes Shapes { get; }

    /// <summary>Where the record begins ("since" looks no further back).</summary>
    public DateOnly Beginning { get; }

    /// <summary>Reads the record from <paramref name="store"/>; null when none was imported.</summary>
    public static HumanitarianData? Load(ITruceStore store, Scenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (new HumanitarianService(store).Load() is not { } record)
        {
            return null;
        }

        // Boundaries only for the P-codes the record names (fixed areas, convoy destinations).
        var wanted = record.Areas.SelectMany(a => a.Pcodes).Concat(record.Access.Select(e => e.DestinationPcode))
            .Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        var boundaries = wanted.Count == 0 ? []
            : store.Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3, AdminLevel.Neighbourhood).Where(b => wanted.Contains(b.Pcode)).ToList();
        var shapes = new BesiegedShapes(record.Areas, scenario?.Control ?? [], boundaries);

        // The facts read an agreement's verdicts on first use: read them now, while the store is open.
        var facts = new StoredConditionFacts(store, scenario);
        foreach (var agreement in record.Conditions.Select(c => c.Agreement).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            facts.ConsensusViolations(agreement, DateOnly.MinValue);
        }

        var conditions = new PreconditionEvaluator(new AccessIndicators(record), facts);
        return new HumanitarianData(record, shapes, conditions, HumanitarianService.Beginning(store, record));
    }

    /// <summary>The condition on a day and the first day of its current run.</summary>
    public (ConditionResult Result, DateOnly Since) Evaluate(Precondition condition, DateOnly day)
    {
        lock (_gate)
        {
            return (_conditions.Evaluate(condition, day), _conditions.Since(condition, day, Beginning));
        }
    }

    /// <summary>The condition's runs of one outcome from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IReadOnlyList<ConditionSpan> Timeline(Precondition condition, DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            return _conditions.Timeline(condition, from, to);
        }
    }
}
