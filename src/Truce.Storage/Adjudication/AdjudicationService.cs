using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using Truce.Domain.Adjudication;
using Truce.Domain.Events;
using Truce.Geo.Control;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Adjudication;

/// <summary>
/// Adjudicates the stored record: loads the stored inputs, places every current event on the
/// control timeline, judges it under every agreement for every stakeholder, and stores the
/// verdicts with their facts as one run. Same inputs and events → same verdicts; a run over
/// unchanged inputs reuses the last one.
/// </summary>
public sealed class AdjudicationService(IEventStore events, IAdjudicationStore store)
{
    /// <summary>The stored inputs, parsed.</summary>
    /// <param name="options">Control timeline options (the nearest-place radius); defaults when null.</param>
    public Scenario LoadScenario(ControlTimelineOptions? options = null) => ScenarioLoader.Load(store.References(), Neighbourhoods(), options);

    /// <summary>P-code → polygon of the stored neighbourhood layer.</summary>
    public IReadOnlyDictionary<string, Geometry> Neighbourhoods() =>
        events.Boundaries(AdminLevel.Neighbourhood).ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);

    /// <summary>Checks the files as a scenario (against the stored neighbourhood layer) and stores them in one transaction.</summary>
    /// <returns>How many files were new or changed.</returns>
    public int ImportScenario(IReadOnlyList<ReferenceFile> files)
    {
        ScenarioLoader.Load(files, Neighbourhoods());
        return store.SaveReferences(files);
    }

    public AdjudicationReceipt Adjudicate(CancellationToken cancellationToken = default)
    {
        var scenario = LoadScenario();
        var summary = events.Summary();
        var inputs = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{scenario.InputsSha256}|{summary.Revisions}|{summary.CurrentEvents}|{summary.Imports}|{summary.Boundaries}")));
        if (store.LatestAdjudication() is { } last && last.InputsSha256 == inputs)
        {
            return Receipt(last, reused: true);
        }

        var adjudicator = new Adjudicator(scenario.Inputs);
        var sites = new EventSites(scenario.Timeline, AdminPolygons());
        var verdicts = new List<StoredVerdict>();
        var slots = new Verdict[adjudicator.VerdictsPerCase];
        long count = 0;
        foreach (var revision in events.Events(new EventQuery()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = revision.Event;
            var key = Key(e);
            var c = new AdjudicationCase(key, e.DateStart, e.DateEnd, e.EventType, e.Country, revision.Admin, e.Actor1, e.Actor2, sites.Of(e, revision.Admin));
            adjudicator.Judge(c, slots);
            count++;
            Collect(adjudicator, slots, key, e.DateStart, verdicts, id => scenario.Registry.Actors.Find(id)?.Name);
        }

        var run = store.SaveAdjudication(inputs, count, verdicts);
        return Receipt(run, reused: false);
    }

    /// <summary>The stored key of an event: <c>dataset:source_id</c>.</summary>
    public static string Key(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{EventDatasets.Name(e.Dataset)}:{e.SourceId}";
    }

    private static void Collect(Adjudicator adjudicator, Verdict[] slots, string key, DateOnly day, List<StoredVerdict> into, Func<string, string?> name)
    {
        var start = 0;
        while (start < slots.Length)
        {
            var agreement = adjudicator.Slot(start).Agreement;
            var end = start;
            while (end < slots.Length && adjudicator.Slot(end).Agreement == agreement)
            {
                end++;
            }

            var disputed = Consensus.IsDisputed(slots.AsSpan(start, end - start));
            for (var i = start; i < end; i++)
            {
                var (a, s, reading) = adjudicator.Slot(i);
                var facts = VerdictExplainer.Facts(slots[i], a, reading, name);
                into.Add(new StoredVerdict(key, a.Id, s.Id, day, slots[i].Outcome, slots[i].Reason, disputed, FactsJson.Write(facts)));
            }

            start = end;
        }
    }

    private Dictionary<string, Geometry> AdminPolygons() =>
        events.Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3).ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);

    private AdjudicationReceipt Receipt(AdjudicationRun run, bool reused)
    {
        var outcomes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long disputed = 0;
        foreach (var v in store.Verdicts(new VerdictQuery()))
        {
            var name = v.Outcome.ToString();
            outcomes[name] = outcomes.GetValueOrDefault(name) + 1;
            disputed += v.Disputed ? 1 : 0;
        }

        return new AdjudicationReceipt(run, reused, run.Events, outcomes, disputed);
    }
}
