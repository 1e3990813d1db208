using System.CommandLine;
using Truce.Cli.Console;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites history --db DB ID</c>: every revision of one site, oldest first, with who, when and why.</summary>
internal sealed class SiteHistoryCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var id = new Argument<string>("id") { Description = "The site's id" };
        var command = new Command("history", "Every revision of a site, oldest first") { db, id };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            var history = store.SiteHistory(r.GetValue(id)!);
            if (history.Count == 0)
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{r.GetValue(id)}: no such site");
            }

            SiteOutput.Table(System.Console.Out, history, withHistory: true);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
