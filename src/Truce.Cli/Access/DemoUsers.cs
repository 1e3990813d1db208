using System.Text;
using Spectre.Console;
using Truce.Cli.Commands;
using Truce.Domain.Access;
using Truce.Storage.Access;
using Truce.Storage.Adjudication;
using Truce.Storage.Contract;

namespace Truce.Cli.Access;

/// <summary>
/// The demo's users: one per role (admin, monitor, analyst, and a party named in the scenario's
/// first agreement), each with a generated password, and a monitor's API token; printed with how to sign in.
/// </summary>
internal static class DemoUsers
{
    public static void Add(ITruceStore store, Scenario? scenario, string url)
    {
        ArgumentNullException.ThrowIfNull(store);
        var party = PartyOf(scenario);
        var users = new (string Name, Role Role, string? Party)[]
        {
            ("admin", Role.Admin, null),
            ("monitor", Role.Monitor, null),
            ("analyst", Role.Analyst, null),
            (party, Role.Party, party),
        };
        var table = new Table().Title("Users (passwords shown once; the public needs no sign-in and sees published data)").AddColumns("user", "role", "password");
        foreach (var (name, role, p) in users)
        {
            var password = Secrets.Password();
            store.AddUser(new NewUser(name, role, p, PasswordHash.Create(password)));
            table.AddRow(Markup.Escape(name), Markup.Escape(Roles.Name(role, p)), Markup.Escape(password));
        }

        AnsiConsole.Write(table);
        var token = TokensCommand.Make(store, "monitor", Permissions.All, TimeSpan.FromDays(30), out _);
        // Plain lines, never wrapped: the token must stay whole to be copied.
        System.Console.Out.WriteLine($"Sign in: open {url}/ and use Sign in at the top right with a user and password above.");
        System.Console.Out.WriteLine($"API token of monitor (30 days, shown once): curl -H 'Authorization: Bearer {token}' {url}/api/auth/me");
    }

    /// <summary>A party of the scenario's first agreement, as a party name (<c>government-of-syria</c>); <c>syrian-opposition</c> without a scenario.</summary>
    internal static string PartyOf(Scenario? scenario)
    {
        var name = scenario?.Terms.Agreements
            .SelectMany(a => a.Parties)
            .Select(p => p.ActorId is null ? null : scenario.Registry.Actors.Find(p.ActorId)?.Name)
            .FirstOrDefault(n => n is not null);
        return name is null ? "syrian-opposition" : Slug(name);
    }

    /// <summary>Each party of the scenario's first agreement that is an actor, as (party name, actor name): the demo's party user among them.</summary>
    internal static IReadOnlyList<(string Party, string Actor)> PartyActors(Scenario? scenario) =>
        scenario?.Terms.Agreements.Take(1)
            .SelectMany(a => a.Parties)
            .Select(p => p.ActorId is null ? null : scenario.Registry.Actors.Find(p.ActorId)?.Name)
            .OfType<string>()
            .Select(name => (Slug(name), name))
            .Distinct()
            .ToList() ?? [];

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return Roles.IsPartyName(text) ? text : "syrian-opposition";
    }
}
