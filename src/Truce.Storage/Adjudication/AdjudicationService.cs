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

        var run = store.SaveAdjudication(inputs, Judge(scenario, cancellationToken));
        return Receipt(run, reused: false);
    }

    /// <summary>Every current event's verdicts, in storage order, computed as they are consumed.</summary>
    private IEnumerable<StoredVerdict> Judge(Scenario scenario, CancellationToken cancellationToken)
    {
        var adjudicator = new Adjudicator(scenario.Inputs);
        var sites = new EventSites(scenario.Timeline, AdminPolygons());
        var slots = new Verdict[adjudicator.VerdictsPerCase];
        var factsCache = new Dictionary<FactsKey, string>();
        string? Name(string id) => scenario.Registry.Actors.Find(id)?.Name;
        foreach (var revision in events.Events(new EventQuery { StorageOrder = true }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = revision.Event;
            var key = Key(e);
            var c = new AdjudicationCase(key, e.DateStart, e.DateEnd, e.EventType, e.Country, revision.Admin, e.Actor1, e.Actor2, sites.Of(e, revision.Admin));
            adjudicator.Judge(c, slots);
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
                    if (!factsCache.TryGetValue(new FactsKey(i, slots[i]), out var facts))
                    {
                        // Verdicts are values over shared input records: identical ones share their facts.
                        facts = FactsJson.Write(VerdictExplainer.Facts(slots[i], a, reading, Name));
                        if (factsCache.Count < 100_000)
                        {
                            factsCache[new FactsKey(i, slots[i])] = facts;
                        }
                    }

                    yield return new StoredVerdict(key, a.Id, s.Id, e.DateStart, slots[i].Outcome, slots[i].Reason, disputed, facts);
                }

                start = end;
            }
        }
    }

    /// <summary>The stored key of an event: <c>dataset:source_id</c>.</summary>
    public static string Key(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{EventDatasets.Name(e.Dataset)}:{e.SourceId}";
    }

    private Dictionary<string, Geometry> AdminPolygons() =>
        events.Boundaries(AdminLevel.Admin1, AdminLevel.Admin2, AdminLevel.Admin3).ToDictionary(b => b.Pcode, b => b.Geometry, StringComparer.Ordinal);

    private AdjudicationReceipt Receipt(AdjudicationRun run, bool reused)
    {
        var outcomes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long disputed = 0;
        foreach (var count in store.OutcomeCounts())
        {
            var name = count.Outcome.ToString();
            outcomes[name] = outcomes.GetValueOrDefault(name) + count.Count;
            disputed += count.Disputed;
        }

        return new AdjudicationReceipt(run, reused, run.Events, outcomes, disputed);
    }
}
