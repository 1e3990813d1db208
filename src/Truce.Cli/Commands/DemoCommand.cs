using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Access;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Events;
using Truce.Formats.Detection;
using Truce.Storage.Adjudication;
using Truce.Storage.Stats;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce demo [--db FILE]</c>: builds a fresh SQLite file from the bundled real data (OCHA
/// boundaries, UCDP GED Syria 2016–2019, the Aleppo 2016 scenario: designations, agreements, control), adjudicates
/// every event, adds one user per role (<see cref="DemoUsers"/>), the protected sites (<see cref="DemoSites"/>), the sieges, convoys and conditions for talks (data/aleppo-2016/humanitarian.json) and prints what it holds and how to sign in.
/// </summary>
internal sealed class DemoCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "File to build (replaced if it exists)", DefaultValueFactory = _ => "truce-demo.sqlite" };
        var noServe = new Option<bool>("--no-serve") { Description = "Build and summarise, then exit instead of serving" };
        var urls = new Option<string>("--urls") { Description = "Where to serve", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var command = new Command("demo", "Build a fresh database from the bundled data, adjudicate it, summarise it and serve it") { db, noServe, urls };
        command.SetAction(r =>
        {
            var built = Run(r.GetValue(db)!, r.GetValue(urls)!);
            return built != ExitCodes.Ok || r.GetValue(noServe) ? built : ServeCommand.Serve(r.GetValue(db)!, r.GetValue(urls)!);
        });
        return command;
    }

    private static int Run(string db, string url)
    {
        var data = BundledData.Directory();
        if (data is null)
        {
            return Terminal.Fail(ExitCodes.NotFound, "the bundled data/ folder was not found beside the executable or in the working tree");
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }

        using var store = Stores.Open(db);
        foreach (var file in BundledData.Files(data))
        {
            var format = file.EndsWith(".geojson", StringComparison.Ordinal) ? EventFileFormat.AdminGeoJson : EventFileFormat.Ucdp;
            Terminal.Info(FileImporter.Import(store, file, format, skipBadRows: false, rejectsPath: null, quiet: true));
        }

        var scenario = ScenarioCommand.Import(db, Path.Combine(data, "aleppo-2016", "terms.json"));
        if (scenario != ExitCodes.Ok)
        {
            return scenario;
        }

        var summary = store.Summary();
        var c = CultureInfo.InvariantCulture;
        Terminal.Info("");
        AnsiConsole.MarkupLine($"[bold]Truce demo[/] — {Markup.Escape(Path.GetFullPath(db))}");
        AnsiConsole.MarkupLine(string.Create(c,
            $"{summary.CurrentEvents:N0} events ({summary.FirstDate:yyyy-MM-dd} to {summary.LastDate:yyyy-MM-dd}), {summary.Best:N0} deaths (best estimate), {summary.Boundaries:N0} boundaries, {summary.AssignedAdmin3:N0} events placed in a sub-district"));
        var names = store.Boundaries(AdminLevel.Admin1).ToDictionary(b => b.Pcode, b => b.Name, StringComparer.Ordinal);
        var years = new Table().Title("Events and deaths by year").AddColumns("year", "events", "best", "low", "high");
        foreach (var row in store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.None)))
        {
            years.AddRow(row.Period, row.Events.ToString("N0", c), row.Best.ToString("N0", c), row.Low.ToString("N0", c), row.High.ToString("N0", c));
        }

        AnsiConsole.Write(years);
        var governorates = new Table().Title("Deadliest governorates (OCHA admin1 by point-in-polygon)").AddColumns("P-code", "governorate", "events", "best");
        var top = store.Stats(new StatsQuery(PeriodUnit.Year, StatsGroup.Admin1))
            .GroupBy(r => r.Group)
            .Select(g => (Group: g.Key, Events: g.Sum(r => r.Events), Best: g.Sum(r => r.Best)))
            .OrderByDescending(g => g.Best)
            .Take(6);
        foreach (var (group, events, best) in top)
        {
            governorates.AddRow(Markup.Escape(group), Markup.Escape(names.GetValueOrDefault(group, "(precision too coarse)")), events.ToString("N0", c), best.ToString("N0", c));
        }

        AnsiConsole.Write(governorates);
        var adjudicated = AdjudicateCommand.Run(store);
        if (adjudicated != ExitCodes.Ok)
        {
            return adjudicated;
        }

        var loaded = new AdjudicationService(store, store).LoadScenario();
        DemoUsers.Add(store, loaded, url.TrimEnd('/'));
        var sites = DemoSites.Add(store, data, loaded);
        if (sites != ExitCodes.Ok)
        {
            return sites;
        }

        var humanitarian = AccessCommand.ImportInto(store, Path.Combine(data, "aleppo-2016", "humanitarian.json"));
        if (humanitarian != ExitCodes.Ok)
        {
            return humanitarian;
        }

        Stores.Checkpoint(store, db);

        AnsiConsole.MarkupLine($"Next: [blue]truce events --db {Markup.Escape(db)} --admin SY02 --from 2016-12-01 --to 2016-12-31[/]");
        AnsiConsole.MarkupLine($"      [blue]truce stats --db {Markup.Escape(db)} --by month --group admin1 --format csv[/]");
        AnsiConsole.MarkupLine($"      [blue]truce verdicts --db {Markup.Escape(db)} --agreement A1 --by month --format csv[/]");
        AnsiConsole.MarkupLine($"      [blue]truce control --db {Markup.Escape(db)} --at 2016-11-20 --point 36.2166,37.1822[/]");
        AnsiConsole.MarkupLine($"      [blue]truce sites list --db {Markup.Escape(db)}[/]");
        AnsiConsole.MarkupLine($"      [blue]truce access --db {Markup.Escape(db)} --at 2016-11-20 --format csv[/]");
        AnsiConsole.MarkupLine($"      [blue]truce conditions --db {Markup.Escape(db)} --at 2016-09-15[/]");
        AnsiConsole.MarkupLine($"      [blue]truce audit verify --db {Markup.Escape(db)}[/]");
        return ExitCodes.Ok;
    }
}
