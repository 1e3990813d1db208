using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Storage.Stats;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce stats --db FILE --by day|week|month|year --group ... --format csv</c>: events and
/// fatalities (best, low, high) per period and group, header <c>period,group,events,best,low,high</c>.
/// </summary>
internal sealed class StatsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var by = new Option<string>("--by") { Description = "day, week (ISO), month or year", DefaultValueFactory = _ => "month" };
        var group = new Option<string>("--group") { Description = "none, admin1, admin2, admin3, source-admin1, dyad or actor1", DefaultValueFactory = _ => "none" };
        var from = CommonOptions.Date("--from", "First day, inclusive");
        var to = CommonOptions.Date("--to", "Last day, inclusive");
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        var command = new Command("stats", "Counts and fatality sums by period and group") { db, by, group, from, to, asOf, format };
        command.SetAction(r =>
        {
            if (!PeriodUnits.TryParse(r.GetValue(by), out var unit))
            {
                return Terminal.Fail(ExitCodes.Usage, $"--by: '{r.GetValue(by)}' is not one of day, week, month, year");
            }

            if (!StatsGroups.TryParse(r.GetValue(group), out var g))
            {
                return Terminal.Fail(ExitCodes.Usage, $"--group: '{r.GetValue(group)}' is not one of {string.Join(", ", StatsGroups.Names)}");
            }

            if (r.GetValue(format) != "csv")
            {
                return Terminal.Fail(ExitCodes.Usage, $"--format: '{r.GetValue(format)}' is not supported (csv)");
            }

            if (!CommonOptions.TryDate(r.GetValue(from), "--from", out var f, out var error)
                || !CommonOptions.TryDate(r.GetValue(to), "--to", out var t, out error)
                || !CommonOptions.TryInstant(r.GetValue(asOf), out var a, out error))
            {
                return Terminal.Fail(ExitCodes.Usage, error!);
            }

            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{r.GetValue(db)}: no such database (create one with truce import or truce demo)");
            }

            var rows = store.Stats(new StatsQuery(unit, g) { From = f, To = t, AsOf = a });
            var output = System.Console.Out;
            output.Write("period,group,events,best,low,high\n");
            foreach (var row in rows)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Period},{Formats.Csv.SafeCell.Csv(row.Group)},{row.Events},{row.Best},{row.Low},{row.High}\n"));
            }

            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
