using System.CommandLine;
using System.Globalization;
using Truce.Formats.Csv;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites checks --db DB [--principal P] [--party P] [--since T] [--until T] [--format table|csv]</c>: the check log, oldest first.</summary>
internal sealed class SiteChecksCommand
{
    private const string Header = "id,at,principal,party,outcome,targets,target_wkt,radius_m,from,to,conflicts,audit_entry";

    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var principal = new Option<string?>("--principal") { Description = "Only this asker (user:NAME)" };
        var party = new Option<string?>("--party") { Description = "Only this party's askers" };
        var since = new Option<string?>("--since") { Description = "Only checks answered at or after this time" };
        var until = new Option<string?>("--until") { Description = "Only checks answered at or before this time" };
        var format = SiteVerbs.Format("table", "csv");
        var command = new Command("checks", "The log of strike checks: who asked what, when, and what they were told") { db, principal, party, since, until, format };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            var checks = store.Checks(r.GetValue(principal), r.GetValue(party), SiteVerbs.Time(r.GetValue(since), "--since"), SiteVerbs.Time(r.GetValue(until), "--until"));
            var csv = r.GetValue(format) == "csv";
            var output = System.Console.Out;
            if (csv)
            {
                output.Write(Header + "\n");
            }

            foreach (var c in checks)
            {
                var k = c.Record;
                string[] cells =
                [
                    c.Id.ToString(CultureInfo.InvariantCulture), SiteVerbs.Iso(k.At), k.Principal, k.Party ?? "", Outcome(k.Outcome),
                    k.Targets.Count.ToString(CultureInfo.InvariantCulture), k.Targets.Count == 1 ? k.Targets[0].AsText() : "",
                    SiteVerbs.Number(k.RadiusMetres), SiteVerbs.Iso(k.From), SiteVerbs.Iso(k.To),
                    string.Join("; ", k.Conflicts.Select(x => string.Create(CultureInfo.InvariantCulture, $"#{x.Index} {x.Told} [{string.Join(" ", x.SiteIds)}]"))),
                    c.AuditIndex.ToString(CultureInfo.InvariantCulture),
                ];
                output.Write((csv ? string.Join(",", cells.Select(SafeCell.Csv)) : string.Join("  ", cells.Where(x => x.Length > 0))) + "\n");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Outcome(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Answered => "answered",
        CheckOutcome.RefusedBudget => "refused-budget",
        _ => "refused-throttled",
    };

}
