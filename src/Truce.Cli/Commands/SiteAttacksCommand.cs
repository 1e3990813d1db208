using System.CommandLine;
using Truce.Formats.Csv;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites attacks --db DB</c>: every stored report of an attack on a site, by site then source row (CSV).</summary>
internal sealed class SiteAttacksCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var command = new Command("attacks", "Reported attacks on sites, as each source reports them (CSV)") { db };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            var output = System.Console.Out;
            output.Write("site,date,time_local,impact,casualties,attributed_to,note,source,source_url\n");
            foreach (var a in store.AttackReports())
            {
                string?[] cells = [a.SiteId, a.Date?.Text, a.TimeLocal, a.Impact, a.Casualties, a.AttributedTo, a.Note, a.Source.ToString(), a.Source.Url];
                output.Write(string.Join(",", cells.Select(SafeCell.Csv)) + "\n");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
