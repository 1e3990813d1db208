using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Domain.Humanitarian;
using Truce.Storage.Contract;
using Truce.Storage.Humanitarian;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce access --db FILE --at DATE [--by area|party] --format csv</c>: the access indicators of
/// every besieged area (or denials and attacks by party) on a day; <c>truce access import</c> and
/// <c>export</c> move the humanitarian record in and out; <c>truce access bodycounts</c> shows
/// casualty figures beside the event record's.
/// </summary>
internal static class AccessCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var at = new Option<string>("--at") { Description = "The day (YYYY-MM-DD)", Required = true };
        var by = new Option<string>("--by") { Description = "area (default): one row per besieged area; party: denials and attacks by party", DefaultValueFactory = _ => "area" };
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        var window = new Option<int>("--figure-window") { Description = "Population figures count for this many days after their date", DefaultValueFactory = _ => new AccessOptions().FigureWindowDays };
        var command = new Command("access", "Sieges and aid access on a day: people besieged (range across sources), days since the last delivery, share reached in 30 days, denials and attacks") { db, at, by, format, window };
        command.SetAction(r => Indicators(r.GetValue(db)!, r.GetValue(at)!, r.GetValue(by)!, r.GetValue(format)!, r.GetValue(window)));
        command.Add(Import());
        command.Add(Export());
        command.Add(BodyCounts());
        command.Add(AccessRowsCommand.Convoys());
        command.Add(AccessRowsCommand.Figures());
        return command;
    }

    /// <summary>Imports a humanitarian manifest and its files into <paramref name="store"/>; what it stored goes to stderr.</summary>
    public static int ImportInto(ITruceStore store, string path)
    {
        var changed = new HumanitarianService(store).Import(path);
        var record = new HumanitarianService(store).Load()!;
        Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {record.Areas.Count} areas, {record.Sieges.Count} siege rows ({record.Sieges.Count(s => s.Population is not null)} with a count of people), " +
            $"{record.Access.Count} convoy rows, {record.Casualties.Count} casualty figures, {record.Conditions.Count} conditions; {changed} files new or changed"));
        return ExitCodes.Ok;
    }

    private static Command Import()
    {
        var db = CommonOptions.Db();
        var file = new Argument<string>("manifest") { Description = "A humanitarian manifest (truce-humanitarian/1, e.g. data/aleppo-2016/humanitarian.json)" };
        var command = new Command("import", "Check a humanitarian manifest and every table it names, then store them in one transaction (all or nothing)") { db, file };
        command.SetAction(r => Run(r.GetValue(db)!, create: true, store => File.Exists(r.GetValue(file)!)
            ? ImportInto(store, r.GetValue(file)!)
            : Terminal.Fail(ExitCodes.NotFound, $"{r.GetValue(file)}: no such file")));
        return command;
    }

    private static Command Export()
    {
        var db = CommonOptions.ExistingDb();
        var output = new Option<string>("--out") { Description = "The folder to write the manifest and tables to", Required = true };
        var command = new Command("export", "Write the stored humanitarian record (manifest and tables, every figure with its source) to a folder") { db, output };
        command.SetAction(r => Run(r.GetValue(db)!, create: false, store =>
        {
            Terminal.Info($"wrote {new HumanitarianService(store).Export(r.GetValue(output)!)} and the tables it names");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command BodyCounts()
    {
        var db = CommonOptions.ExistingDb();
        var area = new Option<string>("--area") { Description = "A P-code at any level (e.g. SY020000) or an area name of a casualty series", Required = true };
        var from = new Option<string>("--from") { Description = "First day (YYYY-MM-DD)", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (YYYY-MM-DD)", Required = true };
        var command = new Command("bodycounts", "Deaths in an area and period: the event record's (per dataset, best/low/high) beside every casualty-series figure, with the difference") { db, area, from, to };
        command.SetAction(r =>
        {
            if (!CommonOptions.TryDate(r.GetValue(from), "--from", out var first, out var error) || !CommonOptions.TryDate(r.GetValue(to), "--to", out var last, out error))
            {
                return Terminal.Fail(ExitCodes.Usage, error!);
            }

            return WithRecord(r.GetValue(db)!, (store, record) =>
            {
                System.Console.Out.Write(AccessCsv.BodyCountHeader + "\n");
                foreach (var line in AccessCsv.BodyCounts(BodyCountComparison.Of(store, record, r.GetValue(area)!, first!.Value, last!.Value)))
                {
                    System.Console.Out.Write(line + "\n");
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static int Indicators(string db, string atText, string by, string format, int window)
    {
        if (format != "csv")
        {
            return Terminal.Fail(ExitCodes.Usage, $"--format: '{format}' is not supported (csv)");
        }

        if (by is not ("area" or "party"))
        {
            return Terminal.Fail(ExitCodes.Usage, $"--by: '{by}' is not area or party");
        }

        if (!CommonOptions.TryDate(atText, "--at", out var at, out var error))
        {
            return Terminal.Fail(ExitCodes.Usage, error!);
        }

        if (window < 0)
        {
            return Terminal.Fail(ExitCodes.Usage, "--figure-window: give a number of days, 0 or more");
        }

        return WithRecord(db, (_, record) =>
        {
            var indicators = new AccessIndicators(record, new AccessOptions { FigureWindowDays = window });
            var output = System.Console.Out;
            output.Write((by == "area" ? AccessCsv.AreaHeader : AccessCsv.PartyHeader) + "\n");
            foreach (var line in by == "area"
                ? indicators.On(at!.Value).Select(AccessCsv.Area)
                : indicators.ByParty(at!.Value).Select(t => AccessCsv.Party(at.Value, t)))
            {
                output.Write(line + "\n");
            }

            return ExitCodes.Ok;
        });
    }

    /// <summary>Opens the store, loads its humanitarian record and runs <paramref name="action"/>; fails clearly when there is none.</summary>
    public static int WithRecord(string db, Func<ITruceStore, HumanitarianRecord, int> action) => Run(db, create: false, store =>
        new HumanitarianService(store).Load() is { } record
            ? action(store, record)
            : Terminal.Fail(ExitCodes.NotFound, $"{db}: no humanitarian record (import one with truce access import --db {db} data/aleppo-2016/humanitarian.json)"));

    private static int Run(string db, bool create, Func<ITruceStore, int> action)
    {
        using var store = create ? Stores.Open(db) : Stores.OpenExisting(db);
        if (store is null)
        {
            return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(db));
        }

        try
        {
            return action(store);
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, e.Message);
        }
        catch (FileNotFoundException e)
        {
            return Terminal.Fail(ExitCodes.NotFound, e.Message);
        }
    }
}
