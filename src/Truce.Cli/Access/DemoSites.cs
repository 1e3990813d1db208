using Spectre.Console;
using Truce.Cli.Commands;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;
using Truce.Storage.Sites;

namespace Truce.Cli.Access;

/// <summary>
/// The demo's protected sites: the bundled <c>data/aleppo-2016/protected_sites.csv</c>, owners as the file
/// gives them (none), notified to every party — on 2016-02-27, the start of the Cessation of Hostilities, which is
/// a scenario assumption, not a fact (the sources record attacks on the sites, not notifications) — and the
/// scenario's parties linked to their actors in the event record.
/// </summary>
internal static class DemoSites
{
    /// <summary>When the demo takes the sites to have been notified (a scenario assumption).</summary>
    public static readonly DateTimeOffset AssumedNotifiedAt = new(2016, 2, 27, 0, 0, 0, TimeSpan.Zero);

    public static int Add(ITruceStore store, string data, Scenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(store);
        var imported = SiteImportCommand.Import(store, Path.Combine(data, "aleppo-2016", "protected_sites.csv"), owner: null, recipients: [], AssumedNotifiedAt,
            contact: null, Path.Combine(data, "ocha", "syr_neighborhoods.geojson"), reason: null);
        if (imported != Cli.ExitCodes.Ok)
        {
            return imported;
        }

        AnsiConsole.MarkupLine("[yellow]Scenario assumption, not a fact:[/] the protected sites are taken as notified to every party on 2016-02-27 " +
            "(the Cessation of Hostilities); the sources record attacks on them, not notifications.");
        foreach (var (party, actor) in DemoUsers.PartyActors(scenario))
        {
            store.LinkPartyActor(new PartyActor(party, actor), Data.Stores.Author);
            Console.Terminal.Info($"party {party} is the actor {actor}");
        }

        return Cli.ExitCodes.Ok;
    }
}
