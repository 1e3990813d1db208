using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Adjudication;
using Truce.Formats.Csv;
using Truce.Storage.Adjudication;
using Truce.Storage.Stats;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce verdicts --db FILE --agreement ID --by day|week|month --format csv</c>: verdict counts
/// per period and stakeholder, header <c>period,stakeholder,violation,permitted,outside,indeterminate,not_applicable</c>;
/// with <c>--disputed</c>, the disputed events with every stakeholder's reading side by side.
/// </summary>
internal sealed class VerdictsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var agreement = new Option<string>("--agreement") { Description = "Agreement id, e.g. A1", Required = true };
        var by = new Option<string>("--by") { Description = "day, week (ISO) or month", DefaultValueFactory = _ => "month" };
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        var disputed = new Option<bool>("--disputed") { Description = "List disputed events with each stakeholder's reading instead of counts" };
        var command = new Command("verdicts", "Verdict counts by period and stakeholder, or the disputed events") { db, agreement, by, format, disputed };
        command.SetAction(r =>
        {
            if (!PeriodUnits.TryParse(r.GetValue(by), out var unit) || unit == PeriodUnit.Year)
            {
                return Terminal.Fail(ExitCodes.Usage, $"--by: '{r.GetValue(by)}' is not one of day, week, month");
            }

            if (r.GetValue(format) != "csv")
            {
                return Terminal.Fail(ExitCodes.Usage, $"--format: '{r.GetValue(format)}' is not supported (csv)");
            }

            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!));
            }

            if (store.LatestAdjudication() is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{r.GetValue(db)}: no verdicts yet (run truce adjudicate)");
            }

            var id = r.GetValue(agreement)!;
            var verdicts = store.Verdicts(new VerdictQuery { Agreement = id, DisputedOnly = r.GetValue(disputed) }).ToList();
            if (verdicts.Count == 0 && !store.Verdicts(new VerdictQuery { Agreement = id }).Any())
            {
                return Terminal.Fail(ExitCodes.NotFound, $"--agreement: no verdicts for agreement '{id}'");
            }

            var output = System.Console.Out;
            if (r.GetValue(disputed))
            {
                WriteDisputed(output, verdicts);
            }
            else
            {
                WriteCounts(output, verdicts, unit);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteCounts(TextWriter output, List<StoredVerdict> verdicts, PeriodUnit unit)
    {
        output.Write("period,stakeholder,violation,permitted,outside,indeterminate,not_applicable\n");
        foreach (var row in VerdictCounts.By(verdicts, unit))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{row.Period},{SafeCell.Csv(row.Stakeholder)},{row.Violation},{row.Permitted},{row.Outside},{row.Indeterminate},{row.NotApplicable}\n"));
        }
    }

    private static void WriteDisputed(TextWriter output, List<StoredVerdict> verdicts)
    {
        var stakeholders = verdicts.Select(v => v.Stakeholder).Distinct().Order(StringComparer.Ordinal).ToList();
        output.Write("event,date,agreement," + string.Join(',', stakeholders.Select(s => $"{SafeCell.Csv(s)},{SafeCell.Csv(s + "_rule")}")) + "\n");
        foreach (var e in DisputedEvents.Of(verdicts))
        {
            var cells = stakeholders.Select(s => e.Verdicts.FirstOrDefault(v => v.Stakeholder == s) is { } v ? $"{Name(v.Outcome)},{Rule(v.Reason)}" : ",");
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{SafeCell.Csv(e.EventKey)},{e.Day:yyyy-MM-dd},{SafeCell.Csv(e.Agreement)},{string.Join(',', cells)}\n"));
        }
    }

    public static string Name(VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.NotApplicable => "not-applicable",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    public static string Rule(VerdictReason reason) => string.Concat(reason.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
