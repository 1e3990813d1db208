using System.CommandLine;
using Truce.Cli.Console;
using Truce.Formats.Csv;
using Truce.Storage.Sites;

namespace Truce.Cli.Commands;

/// <summary><c>truce parties link --db DB PARTY ACTOR</c> says which actor of the event record a party is; <c>truce parties links --db DB</c> lists the links.</summary>
internal sealed class PartiesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.ExistingDb();
        var party = new Argument<string>("party") { Description = "The party, as users and site notices name it (e.g. syrian-government)" };
        var actor = new Argument<string>("actor") { Description = "The actor, as the events name it (e.g. \"Government of Syria\")" };
        var link = new Command("link", "Link a party to an actor of the event record") { db, party, actor };
        link.SetAction(r => SiteVerbs.Write(r.GetValue(db)!, create: false, store =>
        {
            var added = store.LinkPartyActor(new PartyActor(r.GetValue(party)!, r.GetValue(actor)!), Data.Stores.Author);
            Terminal.Info(added ? $"{r.GetValue(party)} is {r.GetValue(actor)}" : $"{r.GetValue(party)} was already linked to {r.GetValue(actor)}");
            return ExitCodes.Ok;
        }));

        var listDb = CommonOptions.ExistingDb();
        var links = new Command("links", "Every party–actor link (CSV: party,actor)") { listDb };
        links.SetAction(r => SiteVerbs.Run(r.GetValue(listDb)!, create: false, store =>
        {
            System.Console.Out.Write("party,actor\n");
            foreach (var l in store.PartyActors())
            {
                System.Console.Out.Write($"{SafeCell.Csv(l.Party)},{SafeCell.Csv(l.Actor)}\n");
            }

            return ExitCodes.Ok;
        }));
        return new Command("parties", "Which actor of the event record each party is") { link, links };
    }
}
