using System.Globalization;
using Microsoft.Data.Sqlite;
using Truce.Storage.Access;
using Truce.Storage.Audit;

namespace Truce.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const string UserColumns = "id, name, role, party, password_hash, password_salt, password_iterations, created_at, disabled_at";
    private const string TokenColumns = "id, user_id, scopes, kind, created_at, expires_at, revoked_at";

    public StoredUser AddUser(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Validate();
        return InTransaction(() =>
        {
            using var cmd = Command($"""
                INSERT INTO users (name, role, party, password_hash, password_salt, password_iterations, created_at)
                VALUES ($name, $role, $party, $hash, $salt, $iterations, $now) ON CONFLICT (name) DO NOTHING
                RETURNING {UserColumns}
                """);
            cmd.Parameters.AddWithValue("$name", user.Name);
            cmd.Parameters.AddWithValue("$role", AccessColumns.Role(user.Role));
            cmd.Parameters.AddWithValue("$party", (object?)user.Party ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$hash", user.Password.Hash);
            cmd.Parameters.AddWithValue("$salt", user.Password.Salt);
            cmd.Parameters.AddWithValue("$iterations", user.Password.Iterations);
            var now = Now();
            cmd.Parameters.AddWithValue("$now", now);
            StoredUser added;
            using (var r = cmd.ExecuteReader())
            {
                added = r.Read() ? ReadUser(r, 0) : throw new UserExistsException(user.Name);
            }

            AppendAuditAs(Author, now, AuditRecords.UserAdded(added.Name, AccessColumns.Role(added.Role)));
            return added;
        });
    }

    public StoredUser? FindUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var cmd = Command($"SELECT {UserColumns} FROM users WHERE name = $name");
        cmd.Parameters.AddWithValue("$name", name);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadUser(r, 0) : null;
    }

    public IReadOnlyList<StoredUser> Users()
    {
        using var cmd = Command($"SELECT {UserColumns} FROM users ORDER BY name");
        using var r = cmd.ExecuteReader();
        var users = new List<StoredUser>();
        while (r.Read())
        {
            users.Add(ReadUser(r, 0));
        }

        return users;
    }

    public bool SetUserDisabled(string name, bool disabled)
    {
        ArgumentNullException.ThrowIfNull(name);
        return InTransaction(() =>
        {
            using var cmd = Command(disabled
                ? "UPDATE users SET disabled_at = $now WHERE name = $name AND disabled_at IS NULL"
                : "UPDATE users SET disabled_at = NULL WHERE name = $name AND disabled_at IS NOT NULL");
            var now = Now();
            cmd.Parameters.AddWithValue("$name", name);
            cmd.Parameters.AddWithValue("$now", now);
            if (cmd.ExecuteNonQuery() != 1)
            {
                return false;
            }

            AppendAuditAs(Author, now, AuditRecords.UserDisabled(name, disabled));
            return true;
        });
    }

    public StoredToken CreateToken(NewToken token)
    {
        AccessColumns.Validate(token);
        return InTransaction(() => InsertToken(token));
    }

    public TokenGrant? FindToken(byte[] sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        using var cmd = Command($"""
            SELECT {Prefixed("t", TokenColumns)}, {Prefixed("u", UserColumns)}
            FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.sha256 = $sha
            """);
        cmd.Parameters.AddWithValue("$sha", sha256);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new TokenGrant(ReadToken(r, 0), ReadUser(r, 7)) : null;
    }

    public IReadOnlyList<StoredToken> Tokens(long userId)
    {
        using var cmd = Command($"SELECT {TokenColumns} FROM tokens WHERE user_id = $user ORDER BY id DESC");
        cmd.Parameters.AddWithValue("$user", userId);
        using var r = cmd.ExecuteReader();
        var tokens = new List<StoredToken>();
        while (r.Read())
        {
            tokens.Add(ReadToken(r, 0));
        }

        return tokens;
    }

    public bool RevokeToken(long id) => InTransaction(() =>
    {
        using var cmd = Command("UPDATE tokens SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL");
        var now = Now();
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$now", now);
        if (cmd.ExecuteNonQuery() != 1)
        {
            return false;
        }

        AppendAuditAs(Author, now, AuditRecords.TokenRevoked(id));
        return true;
    });

    public StoredToken? RecordLogin(string userName, NewToken? session)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (session is not null)
        {
            AccessColumns.Validate(session);
        }

        return InTransaction(() =>
        {
            var token = session is null ? null : InsertToken(session);
            using var cmd = Command("""
                INSERT INTO logins (user_name, user_id, succeeded, token_id, at)
                VALUES ($name, (SELECT id FROM users WHERE name = $name), $ok, $token, $now)
                """);
            cmd.Parameters.AddWithValue("$name", userName);
            cmd.Parameters.AddWithValue("$ok", token is null ? 0 : 1);
            var now = Now();
            cmd.Parameters.AddWithValue("$token", (object?)token?.Id ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$now", now);
            cmd.ExecuteNonQuery();
            AppendAuditAs($"user:{userName}", now, AuditRecords.Login(userName, token is not null));
            return token;
        });
    }

    public IReadOnlyList<(bool Succeeded, DateTimeOffset At)> Logins(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        using var cmd = Command("SELECT succeeded, at FROM logins WHERE user_name = $name ORDER BY id");
        cmd.Parameters.AddWithValue("$name", userName);
        using var r = cmd.ExecuteReader();
        var logins = new List<(bool, DateTimeOffset)>();
        while (r.Read())
        {
            logins.Add((r.GetInt64(0) != 0, DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1))));
        }

        return logins;
    }

    private StoredToken InsertToken(NewToken token)
    {
        using var cmd = Command($"""
            INSERT INTO tokens (user_id, sha256, kind, scopes, created_at, expires_at)
            SELECT id, $sha, $kind, $scopes, $now, $expires FROM users WHERE id = $user
            RETURNING {TokenColumns}
            """);
        cmd.Parameters.AddWithValue("$user", token.UserId);
        cmd.Parameters.AddWithValue("$sha", token.Sha256);
        cmd.Parameters.AddWithValue("$kind", AccessColumns.Kind(token.Kind));
        cmd.Parameters.AddWithValue("$scopes", AccessColumns.Scopes(token.Scopes));
        cmd.Parameters.AddWithValue("$now", Now());
        cmd.Parameters.AddWithValue("$expires", token.ExpiresAt.ToUnixTimeMilliseconds());
        StoredToken created;
        using (var r = cmd.ExecuteReader())
        {
            created = r.Read() ? ReadToken(r, 0) : throw new ArgumentException($"no user with id {token.UserId.ToString(CultureInfo.InvariantCulture)}", nameof(token));
        }

        AppendAuditAs(Author, created.CreatedAt.ToUnixTimeMilliseconds(), AuditRecords.TokenCreated(created.Id, created.UserId, AccessColumns.Kind(created.Kind)));
        return created;
    }

    private static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    private static StoredUser ReadUser(SqliteDataReader r, int at)
    {
        var role = AccessColumns.Role(r.GetString(at + 2));
        return new StoredUser(
            r.GetInt64(at),
            r.GetString(at + 1),
            role,
            r.IsDBNull(at + 3) ? null : r.GetString(at + 3),
            new PasswordHash((byte[])r.GetValue(at + 4), (byte[])r.GetValue(at + 5), r.GetInt32(at + 6)),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(at + 7)),
            r.IsDBNull(at + 8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(at + 8)));
    }

    private static StoredToken ReadToken(SqliteDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetInt64(at + 1),
        AccessColumns.Scopes(r.GetString(at + 2)),
        AccessColumns.Kind(r.GetString(at + 3)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(at + 4)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(at + 5)),
        r.IsDBNull(at + 6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(at + 6)));

    /// <summary>The users, tokens and sign-ins the tables show, for <see cref="AuditClaims"/>.</summary>
    private void AccessClaims(List<AuditClaim> claims)
    {
        using (var cmd = Command("SELECT name, role FROM users ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.UserClaim(r.GetString(0), r.GetString(1)));
            }
        }

        using (var cmd = Command("SELECT id, user_id, kind, revoked_at IS NOT NULL FROM tokens ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.TokenClaim(r.GetInt64(0), r.GetInt64(1), r.GetString(2)));
                if (r.GetBoolean(3))
                {
                    claims.Add(AuditRecords.RevokeClaim(r.GetInt64(0)));
                }
            }
        }

        using (var cmd = Command("SELECT user_name, succeeded FROM logins ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.LoginClaim(r.GetString(0), r.GetBoolean(1)));
            }
        }
    }
}
