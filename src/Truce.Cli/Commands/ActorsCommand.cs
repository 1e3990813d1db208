using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Actors;
using Truce.Domain.Adjudication;
using Truce.Domain.Errors;
using Truce.Formats.Csv;
using Truce.Storage.Adjudication;
using Truce.Storage.Queries;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce actors unmatched --db FILE</c>: every actor name of the current events that the
/// registry does not match (whole, or part of a coalition name), with how many events use it and
/// which parts failed — the list to review and settle in the terms file.
/// </summary>
internal sealed class ActorsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var unmatched = new Command("unmatched", "Event actor names the registry does not match (CSV: name,role,events,unmatched_parts,matched)") { db };
        unmatched.SetAction(r =>
        {
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!));
            }

            Adjudicator adjudicator;
            try
            {
                adjudicator = new Adjudicator(new AdjudicationService(store, store).LoadScenario().Inputs);
            }
            catch (DataFormatException e)
            {
                return Terminal.Fail(ExitCodes.BadData, e.Message);
            }

            var counts = new Dictionary<(string Name, string Role), int>();
            foreach (var revision in store.Events(new EventQuery()))
            {
                Count(counts, adjudicator, revision.Event.Actor1, "actor1");
                Count(counts, adjudicator, revision.Event.Actor2, "actor2");
            }

            var output = System.Console.Out;
            output.Write("name,role,events,unmatched_parts,matched\n");
            foreach (var ((name, role), events) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Name, StringComparer.Ordinal).ThenBy(p => p.Key.Role, StringComparer.Ordinal))
            {
                var match = adjudicator.Match(name);
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{SafeCell.Csv(name)},{role},{events},{SafeCell.Csv(string.Join("; ", match.UnmatchedParts))},{SafeCell.Csv(string.Join("; ", match.ActorIds))}\n"));
            }

            return ExitCodes.Ok;
        });
        return new Command("actors", "The actor registry and how event names match it") { unmatched };
    }

    private static void Count(Dictionary<(string, string), int> counts, Adjudicator adjudicator, string? name, string role)
    {
        if (name is not null && adjudicator.Match(name).Kind == ActorMatchKind.Unmatched)
        {
            counts[(name, role)] = counts.GetValueOrDefault((name, role)) + 1;
        }
    }
}
