using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Queries;

namespace Truce.Storage.Adjudication;

/// <summary>Every actor name of the current events that the registry does not match, whole or part by part — the list to settle in the terms file.</summary>
public static class UnmatchedNames
{
    /// <returns>Most used first, then by name and role (ordinal). Reads every current event once.</returns>
    public static IReadOnlyList<UnmatchedName> Of(IEventStore events, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(scenario);
        var adjudicator = new Adjudicator(scenario.Inputs);
        var counts = new Dictionary<(string Name, string Role), int>();
        foreach (var revision in events.Events(new EventQuery()))
        {
            Count(counts, adjudicator, revision.Event.Actor1, "actor1");
            Count(counts, adjudicator, revision.Event.Actor2, "actor2");
        }

        return
        [
            .. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Name, StringComparer.Ordinal).ThenBy(p => p.Key.Role, StringComparer.Ordinal)
                .Select(p =>
                {
                    var match = adjudicator.Match(p.Key.Name);
                    return new UnmatchedName(p.Key.Name, p.Key.Role, p.Value, match.UnmatchedParts, match.ActorIds);
                }),
        ];
    }

    private static void Count(Dictionary<(string, string), int> counts, Adjudicator adjudicator, string? name, string role)
    {
        if (name is not null && adjudicator.Match(name).Kind == ActorMatchKind.Unmatched)
        {
            counts[(name, role)] = counts.GetValueOrDefault((name, role)) + 1;
        }
    }
}
