using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Adjudication;
using Truce.Domain.Errors;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;

namespace Truce.Cli.Commands;

/// <summary><c>truce adjudicate --db FILE</c>: judges every current event under every agreement for every stakeholder and stores the verdicts.</summary>
internal sealed class AdjudicateCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var command = new Command("adjudicate", "Compute a verdict per event, agreement and stakeholder from the stored record") { db };
        command.SetAction(r =>
        {
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(r.GetValue(db)!));
            }

            var code = Run(store);
            if (code == ExitCodes.Ok)
            {
                Stores.Checkpoint(store, r.GetValue(db)!);
            }

            return code;
        });
        return command;
    }

    public static int Run(ITruceStore store)
    {
        AdjudicationReceipt receipt;
        try
        {
            receipt = new AdjudicationService(store, store).Adjudicate();
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, e.Message);
        }

        var c = CultureInfo.InvariantCulture;
        Terminal.Info(string.Create(c, $"adjudication {receipt.Run.Id}{(receipt.Reused ? " (inputs unchanged: last run reused)" : "")}: {receipt.Events:N0} events, {receipt.Run.Verdicts:N0} verdicts, {receipt.Disputed:N0} disputed"));
        var table = new Table().Title("Verdicts by agreement and stakeholder").AddColumns("agreement", "stakeholder", "violation", "permitted", "outside", "indeterminate", "not applicable", "disputed");
        foreach (var group in store.OutcomeCounts().GroupBy(v => (v.Agreement, v.Stakeholder)))
        {
            string Count(VerdictOutcome o) => group.Where(v => v.Outcome == o).Sum(v => v.Count).ToString("N0", c);
            table.AddRow(Markup.Escape(group.Key.Agreement), Markup.Escape(group.Key.Stakeholder), Count(VerdictOutcome.Violation), Count(VerdictOutcome.Permitted), Count(VerdictOutcome.Outside), Count(VerdictOutcome.Indeterminate), Count(VerdictOutcome.NotApplicable), group.Sum(v => v.Disputed).ToString("N0", c));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
