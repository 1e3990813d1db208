using System.Text;
using Truce.Domain.Access;
using Truce.Storage.Access;
using Truce.Storage.Tests.Engines;

namespace Truce.Storage.Tests;

public abstract class AccessTests(StoreEngine engine) : StoreTestBase(engine)
{
    /// <summary>On the embedded SQLite store.</summary>
    public sealed class OnSqlite() : AccessTests(new SqliteEngine());

    /// <summary>On PostgreSQL with PostGIS (TRUCE_TEST_POSTGRES).</summary>
    public sealed class OnPostgres() : AccessTests(new PostgresEngine());

    /// <summary>Few iterations: these tests check storage, not PBKDF2's cost.</summary>
    private static PasswordHash Password(string password) => PasswordHash.Create(password, 1_000);

    [Fact]
    public void A_user_is_stored_with_a_salted_PBKDF2_hash_that_checks_the_password()
    {
        var added = Store.AddUser(new NewUser("amira", Role.Party, "syrian-opposition", Password("correct horse")));
        Reopen();
        var found = Store.FindUser("amira")!;
        Assert.Equal((added.Id, "amira", Role.Party, "syrian-opposition", Clock.Now, false), (found.Id, found.Name, found.Role, found.Party, found.CreatedAt, found.Disabled));
        Assert.Equal((1_000, 16, 32), (found.Password.Iterations, found.Password.Salt.Length, found.Password.Hash.Length));
        Assert.True(found.Password.Matches("correct horse"));
        Assert.False(found.Password.Matches("correct horse "));
        Assert.Null(Store.FindUser("Amira")); // names are exact
    }

    [Fact]
    public void Two_users_with_one_password_get_different_salts_and_hashes()
    {
        var a = Store.AddUser(new NewUser("a", Role.Analyst, null, Password("same")));
        var b = Store.AddUser(new NewUser("b", Role.Analyst, null, Password("same")));
        Assert.NotEqual(a.Password.Salt, b.Password.Salt);
        Assert.NotEqual(a.Password.Hash, b.Password.Hash);
    }

    [Fact]
    public void A_taken_name_is_refused_and_nothing_is_written()
    {
        Store.AddUser(new NewUser("mon", Role.Monitor, null, Password("x")));
        var e = Assert.Throws<UserExistsException>(() => Store.AddUser(new NewUser("mon", Role.Admin, null, Password("y"))));
        Assert.Equal("mon", e.Name);
        Assert.Equal([("mon", Role.Monitor)], Store.Users().Select(u => (u.Name, u.Role)));
    }

    [Theory]
    [InlineData(Role.Public, null)]
    [InlineData(Role.Party, null)]
    [InlineData(Role.Analyst, "syrian-opposition")]
    [InlineData(Role.Party, "Not A Party")]
    public void A_user_that_cannot_exist_is_refused(Role role, string? party) =>
        Assert.Throws<ArgumentException>(() => Store.AddUser(new NewUser("u", role, party, Password("x"))));

    [Fact]
    public void A_token_is_found_by_its_hash_with_its_user_scopes_and_expiry()
    {
        var user = Store.AddUser(new NewUser("mon", Role.Monitor, null, Password("x")));
        var (token, sha) = TokenSecret.New();
        var expires = Clock.Now.AddDays(30);
        var created = Store.CreateToken(new NewToken(user.Id, sha, Permissions.ReadPublished | Permissions.WriteEvents, TokenKind.Api, expires));
        Reopen();
        var grant = Store.FindToken(TokenSecret.Hash(token))!;
        Assert.Equal((created.Id, user.Id, "mon", Permissions.ReadPublished | Permissions.WriteEvents, TokenKind.Api, Clock.Now, expires),
            (grant.Token.Id, grant.Token.UserId, grant.User.Name, grant.Token.Scopes, grant.Token.Kind, grant.Token.CreatedAt, grant.Token.ExpiresAt));
        Assert.True(grant.Token.IsValidAt(Clock.Now));
        Assert.False(grant.Token.IsValidAt(expires));
        Assert.Null(Store.FindToken(TokenSecret.Hash(token + "x")));
        Assert.Equal([created.Id], Store.Tokens(user.Id).Select(t => t.Id));
    }

    [Fact]
    public void A_token_is_stored_as_its_hash_and_never_in_clear()
    {
        var user = Store.AddUser(new NewUser("mon", Role.Monitor, null, Password("x")));
        var (token, sha) = TokenSecret.New();
        Store.CreateToken(new NewToken(user.Id, sha, Permissions.All, TokenKind.Api, Clock.Now.AddDays(1)));
        Assert.StartsWith("truce_", token, StringComparison.Ordinal);
        Assert.Equal(6 + 43, token.Length);
        Assert.Equal(1, Engine.Scalar("SELECT count(*) FROM tokens"));
        Assert.Equal(32, Engine.Scalar("SELECT length(sha256) FROM tokens"));
        Assert.Equal(0, Engine.Scalar($"SELECT count(*) FROM tokens WHERE scopes LIKE '%{token[6..]}%' OR kind LIKE '%{token[6..]}%'"));
        Assert.Equal(Convert.ToHexStringLower(sha), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token))));
    }

    [Fact]
    public void A_revoked_token_stays_findable_with_its_revocation_time_and_is_revoked_once()
    {
        var user = Store.AddUser(new NewUser("mon", Role.Monitor, null, Password("x")));
        var (token, sha) = TokenSecret.New();
        var t = Store.CreateToken(new NewToken(user.Id, sha, Permissions.All, TokenKind.Api, Clock.Now.AddDays(1)));
        Clock.Now = Clock.Now.AddHours(1);
        Assert.True(Store.RevokeToken(t.Id));
        Assert.False(Store.RevokeToken(t.Id));
        Assert.False(Store.RevokeToken(t.Id + 100));
        var grant = Store.FindToken(TokenSecret.Hash(token))!;
        Assert.Equal(Clock.Now, grant.Token.RevokedAt);
        Assert.False(grant.Token.IsValidAt(Clock.Now));
    }

    [Fact]
    public void A_token_for_no_user_is_refused()
    {
        var (_, sha) = TokenSecret.New();
        Assert.Throws<ArgumentException>(() => Store.CreateToken(new NewToken(42, sha, Permissions.All, TokenKind.Api, Clock.Now.AddDays(1))));
        Assert.Equal(0, Engine.Scalar("SELECT count(*) FROM tokens"));
    }

    [Fact]
    public void A_disabled_user_is_marked_and_can_be_enabled_again()
    {
        Store.AddUser(new NewUser("ana", Role.Analyst, null, Password("x")));
        Assert.True(Store.SetUserDisabled("ana", true));
        Assert.Equal(Clock.Now, Store.FindUser("ana")!.DisabledAt);
        Assert.False(Store.SetUserDisabled("ana", true)); // already: nothing written, the first time kept
        Assert.True(Store.SetUserDisabled("ana", false));
        Assert.False(Store.FindUser("ana")!.Disabled);
        Assert.False(Store.SetUserDisabled("nobody", true));
    }

    [Fact]
    public void A_login_is_recorded_and_a_successful_one_stores_its_session_token_in_the_same_write()
    {
        var user = Store.AddUser(new NewUser("ana", Role.Analyst, null, Password("x")));
        Assert.Null(Store.RecordLogin("ana", null));
        Assert.Null(Store.RecordLogin("nobody", null));
        Clock.Now = Clock.Now.AddMinutes(1);
        var (token, sha) = TokenSecret.New();
        var session = Store.RecordLogin("ana", new NewToken(user.Id, sha, Permissions.All, TokenKind.Session, Clock.Now.AddHours(12)))!;
        Assert.Equal(TokenKind.Session, Store.FindToken(TokenSecret.Hash(token))!.Token.Kind);
        Assert.Equal(session.Id, Store.FindToken(sha)!.Token.Id);
        Assert.Equal([(false, Clock.Now.AddMinutes(-1)), (true, Clock.Now)], Store.Logins("ana"));
        Assert.Equal([(false, Clock.Now.AddMinutes(-1))], Store.Logins("nobody"));
    }
}
