using System.CommandLine;
using Truce.Cli.Commands;

namespace Truce.Cli;

/// <summary>The <c>truce</c> command: one class per verb.</summary>
internal static class TruceCli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Truce: a ceasefire-monitoring record. Events in, trustworthy figures out.")
        {
            ImportCommand.Create(),
            EventsCommand.Create(),
            StatsCommand.Create(),
            ScenarioCommand.Create(),
            AdjudicateCommand.Create(),
            VerdictsCommand.Create(),
            ExplainCommand.Create(),
            ControlCommand.Create(),
            EvidenceCommand.Create(),
            SourcesCommand.Create(),
            GradeCommand.Create(),
            ActorsCommand.Create(),
            ServeCommand.Create(),
            DemoCommand.Create(),
            AuditCommand.Create(),
            UsersCommand.Create(),
            TokensCommand.Create(),
            SitesCommand.Create(),
            PartiesCommand.Create(),
            AccessCommand.Create(),
            ConditionsCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
