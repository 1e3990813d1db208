using System.CommandLine;
using System.Globalization;

namespace Truce.Cli.Commands;

/// <summary><c>truce sites alerts --db DB [--principal P]</c>: probing alerts, newest first.</summary>
internal sealed class SiteAlertsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var principal = new Option<string?>("--principal") { Description = "Only this asker (user:NAME)" };
        var command = new Command("alerts", "Probing alerts, newest first: whose checks look like mapping the sites") { db, principal };
        command.SetAction(r => SiteVerbs.Run(r.GetValue(db)!, create: false, store =>
        {
            foreach (var a in store.Alerts(r.GetValue(principal)))
            {
                System.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{a.Id}  {SiteVerbs.Iso(a.At)}  {a.Principal}{(a.Party is null ? "" : " (" + a.Party + ")")}  {a.Pattern}  {a.Checks} checks  sites: {(a.SiteIds.Count == 0 ? "-" : string.Join(" ", a.SiteIds))}  {(a.ThrottledUntil is { } t ? "throttled until " + SiteVerbs.Iso(t) : "not throttled")}  {a.Detail}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
