using System.CommandLine;
using Truce.Cli.Console;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sites strikes --db DB [--from D] [--to D] [--not-assessed]</c>: every event within a
/// notified site's reach after its notification, with whether each side's parties had been notified
/// and had checked that point (CSV, one row per flag × side × party; docs/deconfliction.md).
/// </summary>
internal sealed class SiteStrikesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var from = new Option<string>("--from") { Description = "First event day (YYYY-MM-DD)" };
        var to = new Option<string>("--to") { Description = "Last event day (YYYY-MM-DD)" };
        var notAssessed = new Option<bool>("--not-assessed") { Description = "List instead the events not assessed (coarse or missing location) and why" };
        var command = new Command("strikes", "Strikes on notified sites: events within a site's reach after its notification, with what each party was told and had checked (CSV)")
        {
            db, from, to, notAssessed,
        };
        command.SetAction(r =>
        {
            if (!CommonOptions.TryDate(r.GetValue(from), "--from", out var first, out var error)
                || !CommonOptions.TryDate(r.GetValue(to), "--to", out var last, out error))
            {
                return Terminal.Fail(ExitCodes.Usage, error!);
            }

            return SiteVerbs.Run(r.GetValue(db)!, create: false, store => Write(store, first, last, r.GetValue(notAssessed)));
        });
        return command;
    }

    private static int Write(Storage.Contract.ITruceStore store, DateOnly? from, DateOnly? to, bool notAssessed)
    {
        var strikes = StoredSiteStrikes.Compute(store, from, to);
        if (notAssessed)
        {
            SiteStrikeCsv.WriteNotAssessed(System.Console.Out, strikes.NotAssessed);
        }
        else
        {
            SiteStrikeCsv.Write(System.Console.Out, strikes.Flags);
            System.Console.Error.WriteLine($"{strikes.Flags.Count:N0} flags on {strikes.Flags.Select(f => f.EventKey).Distinct().Count():N0} events; {strikes.NotAssessed.Count:N0} events not assessed (coarse location); {strikes.UnlocatedSites.Count} sites without coordinates");
        }

        return ExitCodes.Ok;
    }
}
