using System.CommandLine;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce sites ...</c>: protected sites and the check log, the monitor's view (everything, with
/// coordinates). The server shows a site only to the monitor and its owner, and checks only to the monitor.
/// </summary>
internal sealed class SitesCommand
{
    public static Command Create() => new("sites", "Protected sites, the log of strike checks, probing alerts and check budgets (monitor only)")
    {
        SiteImportCommand.Create(),
        SiteAddCommand.Create(),
        SiteWithdrawCommand.Create(),
        SiteListCommand.Create(),
        SiteHistoryCommand.Create(),
        SiteChecksCommand.Create(),
        SiteAlertsCommand.Create(),
        SiteBudgetCommand.Create(),
        SiteBudgetCommand.CreateList(),
        SiteAttacksCommand.Create(),
        SiteStrikesCommand.Create(),
        SiteCheckCommand.Create(),
    };
}
