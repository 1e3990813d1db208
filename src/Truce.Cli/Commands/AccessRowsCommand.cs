using System.CommandLine;
using System.Globalization;
using Truce.Cli.Console;
using Truce.Formats.Csv;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce access convoys</c> and <c>truce access figures</c>: the stored rows behind the
/// indicators — every convoy statement with the kind it was read as, and every population figure
/// of an area, each with who gave it and its source, side by side.
/// </summary>
internal static class AccessRowsCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Convoys()
    {
        var db = CommonOptions.ExistingDb();
        var from = CommonOptions.Date("--from", "Rows whose days reach this day or later");
        var to = CommonOptions.Date("--to", "Rows whose first day is this day or earlier");
        var command = new Command("convoys", "Every convoy and evacuation row: kind read from its status, the area it is about, counts and blocking party as stated, source") { db, from, to };
        command.SetAction(r =>
        {
            if (!CommonOptions.TryDate(r.GetValue(from), "--from", out var first, out var error) || !CommonOptions.TryDate(r.GetValue(to), "--to", out var last, out error))
            {
                return Terminal.Fail(ExitCodes.Usage, error!);
            }

            return AccessCommand.WithRecord(r.GetValue(db)!, (_, record) =>
            {
                var output = System.Console.Out;
                output.Write("id,date,date_end,kind,status,destination,area,organisation,trucks,truck_count,people,people_count,casualties,blocking_party,source_flag,source_key,source_url\n");
                foreach (var e in record.Access.Where(e => (first is null || (e.DateEnd ?? e.Date).Latest >= first) && (last is null || e.Date.Earliest <= last)))
                {
                    output.Write(string.Create(C,
                        $"{Cell(e.Id)},{Cell(e.Date.Text)},{Cell(e.DateEnd?.Text)},{Kebab(e.Kind.ToString())},{Cell(e.Status)},{Cell(e.Destination)},{Cell(record.AreaOf(e.Destination)?.Id)},{Cell(e.Organisation)}," +
                        $"{Cell(e.Trucks)},{e.TruckCount},{Cell(e.Beneficiaries)},{e.PeopleReached},{Cell(e.Casualties)},{Cell(e.BlockingParty)},{Cell(e.Source.Flag)},{Cell(e.Source.Key)},{Cell(e.Source.Url)}\n"));
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    public static Command Figures()
    {
        var db = CommonOptions.ExistingDb();
        var area = new Option<string>("--area") { Description = "An area id of the manifest, e.g. east-aleppo", Required = true };
        var command = new Command("figures", "Every population figure of an area, newest first, each with who gave it and its source (flows marked)") { db, area };
        command.SetAction(r => AccessCommand.WithRecord(r.GetValue(db)!, (_, record) =>
        {
            if (record.Areas.FirstOrDefault(a => a.Id == r.GetValue(area)) is not { } chosen)
            {
                return Terminal.Fail(ExitCodes.Usage, $"--area: no area '{r.GetValue(area)}' (one of {string.Join(", ", record.Areas.Select(a => a.Id))})");
            }

            var output = System.Console.Out;
            output.Write("id,figure_date,record_type,figure,value,low,high,reporting_org,source_flag,source_key,source_url,source_quote\n");
            foreach (var s in record.Sieges.Where(s => s.Population is not null && chosen.Matches(s.AreaName)).OrderByDescending(s => s.FigureDate.Earliest).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                var p = s.Population!;
                output.Write(string.Create(C,
                    $"{Cell(s.Id)},{Cell(s.FigureDate.Text)},{Kebab(s.Kind.ToString())},{Cell(p.ToString())},{p.Value},{p.Low},{p.High},{Cell(s.ReportingOrg)},{Cell(s.Source.Flag)},{Cell(s.Source.Key)},{Cell(s.Source.Url)},{Cell(s.Source.Quote)}\n"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Cell(string? text) => SafeCell.Csv(text ?? "");

    private static string Kebab(string name) => string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
