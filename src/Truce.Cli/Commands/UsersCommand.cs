using System.CommandLine;
using System.Globalization;
using Truce.Cli.Access;
using Truce.Cli.Console;
using Truce.Cli.Data;
using Truce.Domain.Access;
using Truce.Storage.Access;
using Truce.Storage.Contract;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce users add NAME --role ROLE [--party X]</c> (the password read from stdin when piped,
/// else generated and printed once), <c>truce users list</c>, <c>truce users disable|enable NAME</c>.
/// </summary>
internal sealed class UsersCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var name = new Argument<string>("name") { Description = "The user name (1 to 64 characters, no spaces)" };
        var role = new Option<string>("--role") { Description = "admin, monitor, analyst or party (with --party), or party:NAME", Required = true };
        var party = new Option<string?>("--party") { Description = "The party of a party user (lower-case letters, digits, hyphens), e.g. syrian-opposition" };
        var add = new Command("add", "Add a user; its password is read from stdin when piped, else generated and printed once") { name, role, party, db };
        add.SetAction(r => Add(r.GetValue(db), r.GetValue(name)!, r.GetValue(role)!, r.GetValue(party)));

        var listDb = DbOption();
        var list = new Command("list", "List users as CSV: name,role,created_at,disabled_at") { listDb };
        list.SetAction(r => List(r.GetValue(listDb)));
        var disable = Switch("disable", "Disable a user: its tokens and sessions stop working at once (nothing is deleted)", disabled: true);
        var enable = Switch("enable", "Enable a disabled user again", disabled: false);
        return new Command("users", "Users who sign in to the server (the public needs no user)") { add, list, disable, enable };
    }

    private static Command Switch(string verb, string description, bool disabled)
    {
        var db = DbOption();
        var name = new Argument<string>("name") { Description = "The user name" };
        var command = new Command(verb, description) { name, db };
        command.SetAction(r =>
        {
            using var store = Open(r.GetValue(db), out var exit);
            if (store is null)
            {
                return exit;
            }

            var user = r.GetValue(name)!;
            if (store.FindUser(user) is null)
            {
                return Terminal.Fail(ExitCodes.NotFound, $"{user}: no such user");
            }

            Terminal.Info(store.SetUserDisabled(user, disabled) ? $"{user}: {verb}d" : $"{user}: already {verb}d");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--db</c>, defaulting as <c>truce serve</c> does to the configuration key Truce:Db.</summary>
    public static Option<string?> DbOption() =>
        new("--db") { Description = CommonOptions.DbHelp + "; default: configuration key Truce:Db (as truce serve)" };

    /// <summary>Opens the store <paramref name="db"/> names, or the configured one; null (with the error printed) when there is none.</summary>
    public static ITruceStore? Open(string? db, out int exit)
    {
        exit = ExitCodes.Ok;
        var path = db ?? ServeConfiguration.Db();
        if (path is null)
        {
            exit = Terminal.Fail(ExitCodes.Usage, "no database: give --db, or set Truce:Db in appsettings.json or the environment variable Truce__Db");
            return null;
        }

        var store = Stores.OpenExisting(path);
        if (store is null)
        {
            exit = Terminal.Fail(ExitCodes.NotFound, Stores.Missing(path));
        }

        return store;
    }

    public static int Add(string? db, string name, string roleText, string? party)
    {
        var written = party is null || roleText.StartsWith("party:", StringComparison.Ordinal) ? roleText : $"{roleText}:{party}";
        if (!Roles.TryParse(written, out var role, out var partyName, out var error))
        {
            return Terminal.Fail(ExitCodes.Usage, $"--role: {error}");
        }

        if (role == Role.Public)
        {
            return Terminal.Fail(ExitCodes.Usage, "--role: public is everyone who does not sign in; it needs no user");
        }

        if (role == Role.Party && partyName is null)
        {
            return Terminal.Fail(ExitCodes.Usage, "--party: a party user needs its party (--role party --party syrian-opposition)");
        }

        var generated = !System.Console.IsInputRedirected;
        var password = generated ? Secrets.Password() : System.Console.In.ReadLine()?.TrimEnd('\r') ?? "";
        if (password.Length < 8)
        {
            return Terminal.Fail(ExitCodes.Usage, "the password read from stdin must have at least 8 characters");
        }

        using var store = Open(db, out var exit);
        if (store is null)
        {
            return exit;
        }

        try
        {
            store.AddUser(new NewUser(name, role, partyName, PasswordHash.Create(password)));
        }
        catch (ArgumentException e)
        {
            return Terminal.Fail(ExitCodes.Usage, e.Message);
        }
        catch (UserExistsException e)
        {
            return Terminal.Fail(ExitCodes.Usage, e.Message);
        }

        Terminal.Info($"user {name} added ({Roles.Name(role, partyName)}) to {store.Location}");
        if (generated)
        {
            Terminal.Info("its password, shown once (sign in at the web UI, or POST /api/auth/login):");
            System.Console.Out.WriteLine(password);
        }

        return ExitCodes.Ok;
    }

    private static int List(string? db)
    {
        using var store = Open(db, out var exit);
        if (store is null)
        {
            return exit;
        }

        var c = CultureInfo.InvariantCulture;
        System.Console.Out.WriteLine("name,role,created_at,disabled_at");
        foreach (var u in store.Users())
        {
            System.Console.Out.WriteLine(string.Create(c, $"{u.Name},{Roles.Name(u.Role, u.Party)},{u.CreatedAt:yyyy-MM-ddTHH:mm:ssZ},{u.DisabledAt:yyyy-MM-ddTHH:mm:ssZ}"));
        }

        return ExitCodes.Ok;
    }
}
