using System.CommandLine;
using Truce.Cli.Console;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites withdraw --db DB ID --reason TEXT</c>: the site protects nothing from now (a new revision; nothing is deleted).</summary>
internal sealed class SiteWithdrawCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var id = new Argument<string>("id") { Description = "The site's id" };
        var reason = new Option<string>("--reason") { Description = "Why it is withdrawn", Required = true };
        var command = new Command("withdraw", "Withdraw a site from now (kept, marked withdrawn)") { db, id, reason };
        command.SetAction(r => SiteVerbs.Write(r.GetValue(db)!, create: false, store =>
        {
            var site = r.GetValue(id)!;
            var withdrawn = store.WithdrawSite(site, r.GetValue(reason)!, Data.Stores.Author);
            if (withdrawn is null)
            {
                return store.SiteHistory(site).Count == 0
                    ? Terminal.Fail(ExitCodes.NotFound, $"{site}: no such site")
                    : Terminal.Fail(ExitCodes.Usage, $"{site}: already withdrawn");
            }

            Terminal.Info($"site {site}: withdrawn (revision {withdrawn.Revision})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
