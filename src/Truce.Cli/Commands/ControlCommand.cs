using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Errors;
using Truce.Formats.Csv;
using Truce.Geo.Control;
using Truce.Storage.Adjudication;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce control --db FILE --at DATE --point LAT,LON</c>: who held a point on a day, on which
/// records; <c>truce control diff --db FILE --from D1 --to D2 --format csv</c>: what changed hands,
/// and km² gained and lost per controller.
/// </summary>
internal sealed class ControlCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var at = new Option<string>("--at") { Description = "The day (YYYY-MM-DD)", Required = true };
        var point = new Option<string>("--point") { Description = "LAT,LON in decimal degrees (WGS 84)", Required = true };
        var radius = new Option<double>("--radius-km") { Description = "How far to look for the nearest controlled place when no area covers the point", DefaultValueFactory = _ => 5 };
        var command = new Command("control", "Who held a place on a day (the control timeline)") { db, at, point, radius };
        command.SetAction(r => At(r.GetValue(db)!, r.GetValue(at)!, r.GetValue(point)!, r.GetValue(radius)));

        var diffDb = CommonOptions.ExistingDb();
        var from = new Option<string>("--from") { Description = "First day (YYYY-MM-DD)", Required = true };
        var to = new Option<string>("--to") { Description = "Second day (YYYY-MM-DD)", Required = true };
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        var diff = new Command("diff", "What changed hands between two days (CSV: kind,key,name,before,after,area_km2,gained_km2,lost_km2,records_before,records_after)") { diffDb, from, to, format };
        diff.SetAction(r => Diff(r.GetValue(diffDb)!, r.GetValue(from)!, r.GetValue(to)!, r.GetValue(format)!));
        command.Add(diff);
        return command;
    }

    private static int At(string db, string day, string point, double radiusKm)
    {
        if (!CommonOptions.TryDate(day, "--at", out var date, out var error))
        {
            return Terminal.Fail(ExitCodes.Usage, error!);
        }

        var parts = point.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            return Terminal.Fail(ExitCodes.Usage, $"--point: '{point}' is not LAT,LON in decimal degrees");
        }

        if (!(radiusKm > 0 && radiusKm <= 1000))
        {
            return Terminal.Fail(ExitCodes.Usage, "--radius-km: give a distance above 0 and at most 1000");
        }

        return WithScenario(db, new ControlTimelineOptions { PlaceRadiusMetres = radiusKm * 1000 }, scenario =>
        {
            var answer = scenario.Timeline.At(lat, lon, date!.Value);
            var c = CultureInfo.InvariantCulture;
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(c, $"{lat},{lon} on {date:yyyy-MM-dd}: {answer.Basis.ToString().ToLowerInvariant()}; controllers: {(answer.Controllers.Count == 0 ? "unknown" : string.Join(" | ", answer.Controllers))}{(answer.Controllers.Count > 1 ? " (records disagree)" : "")}")));
            foreach (var hit in answer.Hits)
            {
                var r = hit.Record;
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(c,
                    $"  {r.Id}: {r.Name ?? r.AreaCode} held by {r.Controller} from {r.FromStated?.Text ?? "?"} to {r.ToStated?.Text ?? "open"} ({r.Confidence} confidence{(r.Source.Flag is null ? "" : ", " + r.Source.Flag)}), {hit.DistanceMetres / 1000:0.00} km [{r.Source.Key}]")));
            }

            return ExitCodes.Ok;
        });
    }

    private static int Diff(string db, string fromText, string toText, string format)
    {
        if (format != "csv")
        {
            return Terminal.Fail(ExitCodes.Usage, $"--format: '{format}' is not supported (csv)");
        }

        if (!CommonOptions.TryDate(fromText, "--from", out var from, out var error) || !CommonOptions.TryDate(toText, "--to", out var to, out error))
        {
            return Terminal.Fail(ExitCodes.Usage, error!);
        }

        return WithScenario(db, null, scenario =>
        {
            var diff = scenario.Timeline.Diff(from!.Value, to!.Value);
            var output = System.Console.Out;
            var c = CultureInfo.InvariantCulture;
            output.Write("kind,key,name,before,after,area_km2,gained_km2,lost_km2,records_before,records_after\n");
            foreach (var change in diff.Changes)
            {
                output.Write(string.Create(c,
                    $"{change.Shape.ToString().ToLowerInvariant()},{SafeCell.Csv(change.Key)},{SafeCell.Csv(change.Name)},{SafeCell.Csv(string.Join(" | ", change.ControllersBefore))},{SafeCell.Csv(string.Join(" | ", change.ControllersAfter))},{change.AreaKm2:0.000},,,{SafeCell.Csv(string.Join(" ", change.RecordsBefore))},{SafeCell.Csv(string.Join(" ", change.RecordsAfter))}\n"));
            }

            foreach (var controller in diff.Controllers)
            {
                output.Write(string.Create(c, $"controller,{SafeCell.Csv(controller.Controller)},,,,,{controller.GainedKm2:0.000},{controller.LostKm2:0.000},,\n"));
            }

            return ExitCodes.Ok;
        });
    }

    private static int WithScenario(string db, ControlTimelineOptions? options, Func<Scenario, int> action)
    {
        using var store = Stores.OpenExisting(db);
        if (store is null)
        {
            return Terminal.Fail(ExitCodes.NotFound, Stores.Missing(db));
        }

        try
        {
            return action(new AdjudicationService(store, store).LoadScenario(options));
        }
        catch (DataFormatException e)
        {
            return Terminal.Fail(ExitCodes.BadData, $"{e.Message} (import a scenario with truce scenario import)");
        }
    }
}
