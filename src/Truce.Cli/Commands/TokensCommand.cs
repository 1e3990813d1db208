using System.CommandLine;
using System.Globalization;
using Truce.Cli.Access;
using Truce.Cli.Console;
using Truce.Domain.Access;
using Truce.Storage.Access;
using Truce.Storage.Contract;

namespace Truce.Cli.Commands;

/// <summary>
/// <c>truce tokens create USER [--scope S ...] [--expires 30d]</c> (prints the token once: only its
/// SHA-256 is stored) and <c>truce tokens revoke ID</c>.
/// </summary>
internal sealed class TokensCommand
{
    public static Command Create()
    {
        var db = UsersCommand.DbOption();
        var user = new Argument<string>("user") { Description = "Whose token" };
        var scope = new Option<string[]>("--scope")
        {
            Description = $"What the token allows, within the user's role (default: all the role grants): {string.Join(", ", PermissionNames.All)}",
            AllowMultipleArgumentsPerToken = true,
        };
        var expires = new Option<string>("--expires") { Description = "Lifetime: 30d, 12h, 90m (at most 3650d)", DefaultValueFactory = _ => "30d" };
        var create = new Command("create", "Make an API token (sent as Authorization: Bearer); printed once") { user, scope, expires, db };
        create.SetAction(r => Make(r.GetValue(db), r.GetValue(user)!, r.GetValue(scope) ?? [], r.GetValue(expires)!));

        var revokeDb = UsersCommand.DbOption();
        var id = new Argument<long>("id") { Description = "The token's id (printed when it was made)" };
        var revoke = new Command("revoke", "Revoke a token (API token or sign-in session) from now") { id, revokeDb };
        revoke.SetAction(r => Revoke(r.GetValue(revokeDb), r.GetValue(id)));
        return new Command("tokens", "API tokens: made for a user, stored hashed, scoped, expiring") { create, revoke };
    }

    /// <summary>Makes a token for <paramref name="userName"/>; prints it on stdout; null when it could not (the error printed, its exit code in <paramref name="exit"/>).</summary>
    public static string? Make(ITruceStore store, string userName, Permissions scopes, TimeSpan lifetime, out int exit)
    {
        ArgumentNullException.ThrowIfNull(store);
        exit = ExitCodes.Ok;
        var user = store.FindUser(userName);
        if (user is null)
        {
            exit = Terminal.Fail(ExitCodes.NotFound, $"no user named '{userName}' (truce users list)");
            return null;
        }

        var beyond = scopes & ~Roles.Grants(user.Role);
        if (scopes != Permissions.All && beyond != Permissions.None)
        {
            exit = Terminal.Fail(ExitCodes.Usage, $"--scope: a {Roles.Name(user.Role)} may not {PermissionNames.Format(beyond)}");
            return null;
        }

        var (token, sha) = TokenSecret.New();
        var stored = store.CreateToken(new NewToken(user.Id, sha, scopes, TokenKind.Api, DateTimeOffset.UtcNow + lifetime));
        var allowed = PermissionNames.Format(Roles.Grants(user.Role) & scopes);
        Terminal.Info(string.Create(CultureInfo.InvariantCulture,
            $"token {stored.Id} for {user.Name} ({Roles.Name(user.Role, user.Party)}: {allowed}), expires {stored.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}; shown once, stored only as its SHA-256"));
        return token;
    }

    private static int Make(string? db, string userName, string[] scopeTexts, string expires)
    {
        if (!Lifetimes.TryParse(expires, out var lifetime))
        {
            return Terminal.Fail(ExitCodes.Usage, $"--expires: '{expires}' is not a lifetime (30d, 12h, 90m)");
        }

        var scopes = Permissions.All;
        if (scopeTexts.Length > 0)
        {
            if (!PermissionNames.TryParse(string.Join(' ', scopeTexts), out scopes, out var unknown))
            {
                return Terminal.Fail(ExitCodes.Usage, $"--scope: '{unknown}' is not one of {string.Join(", ", PermissionNames.All)}");
            }
        }

        using var store = UsersCommand.Open(db, out var exit);
        if (store is null)
        {
            return exit;
        }

        var token = Make(store, userName, scopes, lifetime, out exit);
        if (token is not null)
        {
            System.Console.Out.WriteLine(token);
        }

        return exit;
    }

    private static int Revoke(string? db, long id)
    {
        using var store = UsersCommand.Open(db, out var exit);
        if (store is null)
        {
            return exit;
        }

        if (!store.RevokeToken(id))
        {
            return Terminal.Fail(ExitCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"no token {id}, or it was revoked already"));
        }

        Terminal.Info(string.Create(CultureInfo.InvariantCulture, $"token {id} revoked"));
        return ExitCodes.Ok;
    }
}
