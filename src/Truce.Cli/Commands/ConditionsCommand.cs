using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Domain.Humanitarian;
using Truce.Formats.Csv;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Humanitarian;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce conditions --db FILE --at DATE</c>: which conditions for talks hold on a day, and since
/// when; with <c>--from D --to D</c>, the timeline of when each held (runs of days).
/// </summary>
internal static class ConditionsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var at = CommonOptions.Date("--at", "The day for the readiness view");
        var from = CommonOptions.Date("--from", "First day of a timeline");
        var to = CommonOptions.Date("--to", "Last day of a timeline");
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        var command = new Command("conditions", "Conditions for talks (from the humanitarian manifest) evaluated over the record: on a day (--at), or as a timeline (--from, --to)") { db, at, from, to, format };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(at), r.GetValue(from), r.GetValue(to), r.GetValue(format)!));
        return command;
    }

    private static int Run(string db, string? atText, string? fromText, string? toText, string format)
    {
        if (format != "csv")
        {
            return Terminal.Fail(ExitCodes.Usage, $"--format: '{format}' is not supported (csv)");
        }

        if (!CommonOptions.TryDate(atText, "--at", out var at, out var error) || !CommonOptions.TryDate(fromText, "--from", out var from, out error)
            || !CommonOptions.TryDate(toText, "--to", out var to, out error))
        {
            return Terminal.Fail(ExitCodes.Usage, error!);
        }

        if (at is not null ? from is not null || to is not null : from is null || to is null)
        {
            return Terminal.Fail(ExitCodes.Usage, "give --at DAY, or --from DAY and --to DAY");
        }

        if (at is null && (from > to || to!.Value.DayNumber - from!.Value.DayNumber > 3660))
        {
            return Terminal.Fail(ExitCodes.Usage, "--from must be on or before --to, at most ten years apart");
        }

        return AccessCommand.WithRecord(db, (store, record) =>
        {
            var evaluator = HumanitarianService.Conditions(store, record, Scenario(store));
            var output = System.Console.Out;
            var c = CultureInfo.InvariantCulture;
            if (at is { } day)
            {
                var beginning = HumanitarianService.Beginning(store, record);
                output.Write("date,condition,name,outcome,since,detail\n");
                foreach (var condition in record.Conditions)
                {
                    var result = evaluator.Evaluate(condition, day);
                    output.Write(string.Create(c, $"{day:yyyy-MM-dd},{SafeCell.Csv(condition.Id)},{SafeCell.Csv(condition.Name)},{Outcome(result.Outcome)},{evaluator.Since(condition, day, beginning):yyyy-MM-dd},{SafeCell.Csv(result.Detail)}\n"));
                }

                return ExitCodes.Ok;
            }

            output.Write("condition,from,to,days,outcome\n");
            foreach (var condition in record.Conditions)
            {
                foreach (var span in evaluator.Timeline(condition, from!.Value, to!.Value))
                {
                    output.Write(string.Create(c, $"{SafeCell.Csv(span.ConditionId)},{span.From:yyyy-MM-dd},{span.To:yyyy-MM-dd},{span.To.DayNumber - span.From.DayNumber + 1},{Outcome(span.Outcome)}\n"));
                }
            }

            return ExitCodes.Ok;
        });
    }

    /// <summary>The stored scenario, or null when the store holds none (exempt-set conditions are then unknown).</summary>
    public static Scenario? Scenario(ITruceStore store)
    {
        if (!store.References().Any(f => f.Kind == ReferenceKinds.Terms))
        {
            return null;
        }

        return new AdjudicationService(store, store).LoadScenario();
    }

    public static string Outcome(ConditionOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
