using NetTopologySuite.Geometries;
using Truce.Domain.Adjudication;
using Truce.Domain.Claims;
using Truce.Domain.Events;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Adjudication;

/// <summary>
/// Claim checks against the stored record: the traces of the claimed group are the control
/// records whose controller stands for it (areas and places, on the event's day) and the current
/// events it took part in (actor 1 or 2, whole or as a coalition part) within ±7 days.
/// </summary>
public sealed class ClaimService(IEventStore events, Scenario scenario, double radiusMetres = 5_000)
{
    private readonly ClaimChecker _checker = new(scenario.Registry.Actors, radiusMetres);
    private readonly Adjudicator _matcher = new(scenario.Inputs);

    public ClaimResult Check(ConflictEvent e, string claim)
    {
        ArgumentNullException.ThrowIfNull(e);
        var actor = _checker.ClaimedActor(claim);
        var traces = actor is null ? [] : Traces(actor, e.DateStart);
        return _checker.Check(claim, e.DateStart, e.Latitude, e.Longitude, traces);
    }

    private List<Presence> Traces(string actorId, DateOnly day)
    {
        var traces = new List<Presence>();
        var labels = scenario.Terms.Controllers.Where(m => m.ActorIds.Contains(actorId)).Select(m => m.Controller).ToHashSet(StringComparer.Ordinal);
        foreach (var record in scenario.Control)
        {
            if (record.Geometry is not null && labels.Contains(record.Controller) && record.IsActiveOn(day))
            {
                traces.Add(new Presence(actorId, record.Geometry, record.From ?? day, record.To ?? day, "control", record.Id, record.Source));
            }
        }

        var window = new EventQuery { From = day.AddDays(-ClaimChecker.WindowDays), To = day.AddDays(ClaimChecker.WindowDays) };
        foreach (var revision in events.Events(window))
        {
            var e = revision.Event;
            if (e.HasPoint && (_matcher.Match(e.Actor1).ActorIds.Contains(actorId) || _matcher.Match(e.Actor2).ActorIds.Contains(actorId)))
            {
                traces.Add(new Presence(actorId, new Point(e.Longitude!.Value, e.Latitude!.Value), e.DateStart, e.DateEnd, "event", AdjudicationService.Key(e), null));
            }
        }

        return traces;
    }
}
