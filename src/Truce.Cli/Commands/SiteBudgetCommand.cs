using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites budget --db DB PRINCIPAL PER_DAY</c> sets a daily check budget; <c>truce sites budgets --db DB</c> lists the current ones.</summary>
internal sealed class SiteBudgetCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var principal = new Argument<string>("principal") { Description = "user:NAME, * (everyone without a budget of their own) or global (everyone together)" };
        var perDay = new Argument<long>("per-day") { Description = "Targets a UTC day (a batch of n points costs n)" };
        var command = new Command("budget", "Set how many targets a principal may check per UTC day (the latest setting wins)") { db, principal, perDay };
        command.SetAction(r => SiteVerbs.Write(r.GetValue(db)!, create: false, store =>
        {
            var budget = store.SetBudget(r.GetValue(principal)!, r.GetValue(perDay), Data.Stores.Author);
            Terminal.Info(string.Create(CultureInfo.InvariantCulture, $"budget of {budget.Principal}: {budget.PerDay} targets a day"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command CreateList()
    {
        var db = CommonOptions.ExistingDb();
        var command = new Command("budgets", "The current check budgets (CSV: principal,per_day,set_at,author)") { db };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            System.Console.Out.Write("principal,per_day,set_at,author\n");
            foreach (var b in store.Budgets())
            {
                System.Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{Formats.Csv.SafeCell.Csv(b.Principal)},{b.PerDay},{SiteVerbs.Iso(b.SetAt)},{Formats.Csv.SafeCell.Csv(b.Author)}\n"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
