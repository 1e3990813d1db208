using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Events;
using Truce.Formats.Csv;
using Truce.Formats.GeoJson;
using Truce.Formats.Hxl;
using Truce.Storage.Queries;

namespace Truce.Cli.Commands;

/// <summary><c>truce events --db FILE [filters] [--format table|csv|geojson|hxl]</c>: events on stdout.</summary>
internal sealed class EventsCommand
{
    private const int DefaultTableRows = 100;

    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var from = CommonOptions.Date("--from", "First day, inclusive");
        var to = CommonOptions.Date("--to", "Last day, inclusive");
        var bbox = new Option<string?>("--bbox") { Description = "W,S,E,N in degrees" };
        var admin = new Option<string?>("--admin") { Description = "OCHA P-code at any level (SY02, SY0200, SY020000)" };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name (actor 1, actor 2, associated)" };
        var type = new Option<string?>("--type") { Description = "Event type or sub-type (e.g. Battles, State-based conflict)" };
        var asOf = CommonOptions.AsOf();
        var limit = new Option<int?>("--limit") { Description = $"At most this many events (table default {DefaultTableRows}; 0 for all)" };
        var format = new Option<string>("--format") { Description = "table, csv, geojson or hxl", DefaultValueFactory = _ => "table" };
        var command = new Command("events", "List events, filtered") { db, from, to, bbox, admin, actor, type, asOf, limit, format };
        command.SetAction(r =>
        {
            if (!CommonOptions.TryDate(r.GetValue(from), "--from", out var f, out var error)
                || !CommonOptions.TryDate(r.GetValue(to), "--to", out var t, out error)
                || !CommonOptions.TryInstant(r.GetValue(asOf), out var a, out error))
            {
                return Terminal.Fail(ExitCodes.Usage, error!);
            }

            BoundingBox? box = null;
            if (r.GetValue(bbox) is { } text)
            {
                if (!BoundingBox.TryParse(text, out var b, out error))
                {
                    return Terminal.Fail(ExitCodes.Usage, $"--bbox: {error}");
                }

                box = b;
            }

            var fmt = r.GetValue(format)!;
            if (fmt is not ("table" or "csv" or "geojson" or "hxl"))
            {
                return Terminal.Fail(ExitCodes.Usage, $"--format: '{fmt}' is not one of table, csv, geojson, hxl");
            }

            var max = r.GetValue(limit) ?? (fmt == "table" ? DefaultTableRows : 0);
            var query = new EventQuery
            {
                From = f,
                To = t,
                Bbox = box,
                Admin = r.GetValue(admin),
                Actor = r.GetValue(actor),
                Type = r.GetValue(type),
                AsOf = a,
                Limit = max > 0 ? max : null,
            };
            using var store = Stores.OpenExisting(r.GetValue(db)!);
            if (store is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{r.GetValue(db)}: no such database (create one with truce import or truce demo)");
            }

            var events = store.Events(query);
            using var stdout = System.Console.OpenStandardOutput();
            switch (fmt)
            {
                case "csv":
                    using (var w = new StreamWriter(stdout))
                    {
                        EventCsvWriter.Write(events, w);
                    }

                    break;
                case "hxl":
                    using (var w = new StreamWriter(stdout))
                    {
                        HxlEventWriter.Write(events, w);
                    }

                    break;
                case "geojson":
                    EventGeoJsonWriter.Write(events, stdout);
                    break;
                default:
                    WriteTable(events, max);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(IEnumerable<EventRevision> events, int max)
    {
        if (System.Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240; // a pipe or file has no width; do not wrap every cell
        }

        var table = new Table().AddColumns("dataset", "id", "date", "type", "actor 1", "actor 2", "location", "best (low–high)", "P-code");
        var n = 0;
        foreach (var r in events)
        {
            var e = r.Event;
            var c = CultureInfo.InvariantCulture;
            table.AddRow(
                Markup.Escape(EventDatasets.Name(e.Dataset)), Markup.Escape(e.SourceId), e.DateStart.ToString("yyyy-MM-dd", c),
                Markup.Escape(e.SubEventType ?? e.EventType ?? ""), Markup.Escape(e.Actor1 ?? ""), Markup.Escape(e.Actor2 ?? ""),
                Markup.Escape(e.Location ?? ""), string.Create(c, $"{e.Best} ({e.Low}–{e.High})"),
                Markup.Escape(r.Admin.Admin3 ?? r.Admin.Admin2 ?? r.Admin.Admin1 ?? ""));
            n++;
        }

        AnsiConsole.Write(table);
        if (max > 0 && n == max)
        {
            Terminal.Info($"first {max} events shown; --limit 0 shows all, --format csv exports them");
        }
    }
}
