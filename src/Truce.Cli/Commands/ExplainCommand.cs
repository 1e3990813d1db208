using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Queries;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce explain --db FILE EVENT_ID [--claim TEXT]</c>: an event's verdicts under every
/// agreement for every stakeholder, each with the records it relied on and their sources, and the
/// claim check of its claimed target (or of <c>--claim</c>).
/// </summary>
internal sealed class ExplainCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var id = new Argument<string>("event") { Description = "Event id: the source id (e.g. 155789) or dataset:id (ucdp-ged:155789)" };
        var claim = new Option<string?>("--claim") { Description = "Check this claimed target (e.g. \"Jabhat al-Nusra positions\") instead of the recorded one" };
        var command = new Command("explain", "Why an event got its verdicts, record by record") { db, id, claim };
        command.SetAction(r =>
        {
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            return store is null ? Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!)) : Run(store, r.GetValue(id)!, r.GetValue(claim));
        });
        return command;
    }

    private static int Run(ITruceStore store, string id, string? claim)
    {
        var revision = EventLookup.Current(store, id);
        if (revision is null)
        {
            return Terminal.Fail(ExitCodes.NotFound, $"no current event with id '{id}'");
        }

        var e = revision.Event;
        var key = AdjudicationService.Key(e);
        var c = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(c, $"{key}  {e.DateStart:yyyy-MM-dd}{(e.DateEnd != e.DateStart ? $" to {e.DateEnd:yyyy-MM-dd}" : "")}  {e.Actor1} → {e.Actor2 ?? "(no actor 2)"}")));
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(c, $"{e.Location}; {e.Latitude}, {e.Longitude} (precision {e.GeoPrecision}); admin {revision.Admin.Admin3 ?? revision.Admin.Admin2 ?? revision.Admin.Admin1 ?? "none"}; deaths {e.Best} (low {e.Low}, high {e.High}); {e.EventType}")));
        var verdicts = store.Verdicts(new VerdictQuery { EventKey = key }).ToList();
        if (verdicts.Count == 0)
        {
            Terminal.Warn("no verdicts for this event (run truce adjudicate)");
        }

        foreach (var agreement in verdicts.GroupBy(v => v.Agreement))
        {
            AnsiConsole.MarkupLine($"\n[bold]{Markup.Escape(agreement.Key)}[/]: {(agreement.First().Disputed ? "[yellow]disputed[/]" : "consensus")}");
            foreach (var v in agreement)
            {
                AnsiConsole.MarkupLine($"  [bold]{Markup.Escape(v.Stakeholder)}[/]: {VerdictsCommand.Name(v.Outcome)} ({VerdictsCommand.Rule(v.Reason)})");
                foreach (var f in FactsJson.Read(v.FactsJson))
                {
                    var distance = f.DistanceMetres is { } d ? string.Create(c, $", {d / 1000:0.00} km") : "";
                    var source = f.Source.Key is null ? "" : $" [{f.Source.Key}{(f.Source.Flag is null ? "" : "; " + f.Source.Flag)}]";
                    AnsiConsole.MarkupLine(Markup.Escape($"    - {f.Kind} {f.RecordId}: {f.Statement}{distance}{source}"));
                }
            }
        }

        // Strikes on notified sites: the monitor's view (this command reads the database directly).
        var flags = StoredSiteStrikes.Compute(store, [revision]).Flags;
        if (flags.Count > 0)
        {
            AnsiConsole.MarkupLine("\n[bold]Protected sites[/] (confidential: the monitor's view)");
            foreach (var f in flags.SelectMany(SiteStrikeFacts.Of))
            {
                AnsiConsole.MarkupLine(Markup.Escape($"  - {f.Kind} {f.RecordId}: {f.Statement}"));
            }
        }

        var claimed = claim ?? e.ClaimedTarget;
        if (claimed is not null)
        {
            var service = new AdjudicationService(store, store);
            var result = new ClaimService(store, service.LoadScenario()).Check(e, claimed);
            AnsiConsole.MarkupLine(Markup.Escape($"\nclaim \"{claimed}\": {result.Outcome.ToString().ToLowerInvariant()} — {result.Explanation}"));
        }

        return ExitCodes.Ok;
    }
}
