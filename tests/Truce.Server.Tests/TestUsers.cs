using Truce.Domain.Access;
using Truce.Storage.Access;
using Truce.Storage.Sqlite;

namespace Truce.Server.Tests;

/// <summary>Users and tokens written straight into a server's SQLite file, as <c>truce users add</c> and <c>truce tokens create</c> do.</summary>
internal static class TestUsers
{
    /// <summary>Few PBKDF2 iterations: these tests check access, not the hash's cost.</summary>
    public const int Iterations = 1_000;

    /// <summary>Adds a user (unless one of that name exists) with <paramref name="password"/>; returns its id.</summary>
    public static long Add(string db, string name, Role role, string? party = null, string password = "pass-" + "word")
    {
        using var store = SqliteEventStore.Open(db);
        return (store.FindUser(name) ?? store.AddUser(new NewUser(name, role, party, PasswordHash.Create(password, Iterations)))).Id;
    }

    /// <summary>A new API token for the user (added if missing); returns the token and its id.</summary>
    public static (string Token, long Id) Token(string db, string name, Role role, string? party = null, Permissions scopes = Permissions.All, DateTimeOffset? expires = null)
    {
        var user = Add(db, name, role, party);
        var (token, sha) = TokenSecret.New();
        using var store = SqliteEventStore.Open(db);
        var stored = store.CreateToken(new NewToken(user, sha, scopes, TokenKind.Api, expires ?? DateTimeOffset.UtcNow.AddDays(1)));
        return (token, stored.Id);
    }
}
