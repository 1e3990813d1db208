using Npgsql;
using NpgsqlTypes;
using Truce.Storage.Access;
using Truce.Storage.Audit;

namespace Truce.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string UserColumns = "id, name, role, party, password_hash, password_salt, password_iterations, created_at, disabled_at";
    private const string TokenColumns = "id, user_id, scopes, kind, created_at, expires_at, revoked_at";

    public StoredUser AddUser(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Validate();
        return InTransaction((connection, tx) =>
        {
            using var cmd = Command(connection, $"""
                INSERT INTO users (name, role, party, password_hash, password_salt, password_iterations, created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING
                RETURNING {UserColumns}
                """, tx);
            cmd.Parameters.Add(new() { Value = user.Name });
            cmd.Parameters.Add(new() { Value = AccessColumns.Role(user.Role) });
            cmd.Parameters.Add(new() { Value = (object?)user.Party ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new() { Value = user.Password.Hash, NpgsqlDbType = NpgsqlDbType.Bytea });
            cmd.Parameters.Add(new() { Value = user.Password.Salt, NpgsqlDbType = NpgsqlDbType.Bytea });
            cmd.Parameters.Add(new() { Value = user.Password.Iterations });
            var now = Now();
            cmd.Parameters.Add(new() { Value = now });
            StoredUser added;
            using (var r = cmd.ExecuteReader())
            {
                added = r.Read() ? ReadUser(r, 0) : throw new UserExistsException(user.Name);
            }

            AppendAuditAs(connection, tx, Author, now, AuditRecords.UserAdded(added.Name, AccessColumns.Role(added.Role)));
            return added;
        });
    }

    public StoredUser? FindUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {UserColumns} FROM users WHERE name = $1");
        cmd.Parameters.Add(new() { Value = name });
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadUser(r, 0) : null;
    }

    public IReadOnlyList<StoredUser> Users()
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {UserColumns} FROM users ORDER BY name");
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
        return InTransaction((connection, tx) =>
        {
            using var cmd = Command(connection, disabled
                ? "UPDATE users SET disabled_at = $2 WHERE name = $1 AND disabled_at IS NULL"
                : "UPDATE users SET disabled_at = NULL WHERE name = $1 AND disabled_at IS NOT NULL", tx);
            var now = Now();
            cmd.Parameters.Add(new() { Value = name });
            if (disabled)
            {
                cmd.Parameters.Add(new() { Value = now });
            }

            if (cmd.ExecuteNonQuery() != 1)
            {
                return false;
            }

            AppendAuditAs(connection, tx, Author, now, AuditRecords.UserDisabled(name, disabled));
            return true;
        });
    }

    public StoredToken CreateToken(NewToken token)
    {
        AccessColumns.Validate(token);
        return InTransaction((connection, tx) => InsertToken(connection, tx, token));
    }

    public TokenGrant? FindToken(byte[] sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"""
            SELECT {Prefixed("t", TokenColumns)}, {Prefixed("u", UserColumns)}
            FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.sha256 = $1
            """);
        cmd.Parameters.Add(new() { Value = sha256, NpgsqlDbType = NpgsqlDbType.Bytea });
        using var r = cmd.ExecuteReader();
        return r.Read() ? new TokenGrant(ReadToken(r, 0), ReadUser(r, 7)) : null;
    }

    public IReadOnlyList<StoredToken> Tokens(long userId)
    {
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, $"SELECT {TokenColumns} FROM tokens WHERE user_id = $1 ORDER BY id DESC");
        cmd.Parameters.Add(new() { Value = userId });
        using var r = cmd.ExecuteReader();
        var tokens = new List<StoredToken>();
        while (r.Read())
        {
            tokens.Add(ReadToken(r, 0));
        }

        return tokens;
    }

    public bool RevokeToken(long id) => InTransaction((connection, tx) =>
    {
        using var cmd = Command(connection, "UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", tx);
        var now = Now();
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = now });
        if (cmd.ExecuteNonQuery() != 1)
        {
            return false;
        }

        AppendAuditAs(connection, tx, Author, now, AuditRecords.TokenRevoked(id));
        return true;
    });

    public StoredToken? RecordLogin(string userName, NewToken? session)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (session is not null)
        {
            AccessColumns.Validate(session);
        }

        return InTransaction((connection, tx) =>
        {
            var token = session is null ? null : InsertToken(connection, tx, session);
            using var cmd = Command(connection, """
                INSERT INTO logins (user_name, user_id, succeeded, token_id, at)
                VALUES ($1, (SELECT id FROM users WHERE name = $1), $2, $3, $4)
                """, tx);
            cmd.Parameters.Add(new() { Value = userName });
            cmd.Parameters.Add(new() { Value = token is not null });
            cmd.Parameters.Add(new() { Value = (object?)token?.Id ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            var now = Now();
            cmd.Parameters.Add(new() { Value = now });
            cmd.ExecuteNonQuery();
            AppendAuditAs(connection, tx, $"user:{userName}", now, AuditRecords.Login(userName, token is not null));
            return token;
        });
    }

    public IReadOnlyList<(bool Succeeded, DateTimeOffset At)> Logins(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        using var connection = _source.OpenConnection();
        using var cmd = Command(connection, "SELECT succeeded, at FROM logins WHERE user_name = $1 ORDER BY id");
        cmd.Parameters.Add(new() { Value = userName });
        using var r = cmd.ExecuteReader();
        var logins = new List<(bool, DateTimeOffset)>();
        while (r.Read())
        {
            logins.Add((r.GetBoolean(0), r.GetFieldValue<DateTimeOffset>(1)));
        }

        return logins;
    }

    private StoredToken InsertToken(NpgsqlConnection connection, NpgsqlTransaction tx, NewToken token)
    {
        using var cmd = Command(connection, $"""
            INSERT INTO tokens (user_id, sha256, kind, scopes, created_at, expires_at)
            SELECT id, $2, $3, $4, $5, $6 FROM users WHERE id = $1
            RETURNING {TokenColumns}
            """, tx);
        cmd.Parameters.Add(new() { Value = token.UserId });
        cmd.Parameters.Add(new() { Value = token.Sha256, NpgsqlDbType = NpgsqlDbType.Bytea });
        cmd.Parameters.Add(new() { Value = AccessColumns.Kind(token.Kind) });
        cmd.Parameters.Add(new() { Value = AccessColumns.Scopes(token.Scopes) });
        cmd.Parameters.Add(new() { Value = Now() });
        cmd.Parameters.Add(new() { Value = token.ExpiresAt.ToUniversalTime() });
        StoredToken created;
        using (var r = cmd.ExecuteReader())
        {
            created = r.Read() ? ReadToken(r, 0) : throw new ArgumentException($"no user with id {token.UserId}", nameof(token));
        }

        AppendAuditAs(connection, tx, Author, created.CreatedAt, AuditRecords.TokenCreated(created.Id, created.UserId, AccessColumns.Kind(created.Kind)));
        return created;
    }

    private static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    private static StoredUser ReadUser(NpgsqlDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        AccessColumns.Role(r.GetString(at + 2)),
        r.IsDBNull(at + 3) ? null : r.GetString(at + 3),
        new PasswordHash(r.GetFieldValue<byte[]>(at + 4), r.GetFieldValue<byte[]>(at + 5), r.GetInt32(at + 6)),
        r.GetFieldValue<DateTimeOffset>(at + 7),
        r.IsDBNull(at + 8) ? null : r.GetFieldValue<DateTimeOffset>(at + 8));

    private static StoredToken ReadToken(NpgsqlDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetInt64(at + 1),
        AccessColumns.Scopes(r.GetString(at + 2)),
        AccessColumns.Kind(r.GetString(at + 3)),
        r.GetFieldValue<DateTimeOffset>(at + 4),
        r.GetFieldValue<DateTimeOffset>(at + 5),
        r.IsDBNull(at + 6) ? null : r.GetFieldValue<DateTimeOffset>(at + 6));

    /// <summary>The users, tokens and sign-ins the tables show, for <see cref="AuditClaims"/>.</summary>
    private static void AccessClaims(NpgsqlConnection connection, List<AuditClaim> claims)
    {
        using (var cmd = Command(connection, "SELECT name, role FROM users ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.UserClaim(r.GetString(0), r.GetString(1)));
            }
        }

        using (var cmd = Command(connection, "SELECT id, user_id, kind, revoked_at IS NOT NULL FROM tokens ORDER BY id"))
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

        using (var cmd = Command(connection, "SELECT user_name, succeeded FROM logins ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                claims.Add(AuditRecords.LoginClaim(r.GetString(0), r.GetBoolean(1)));
            }
        }
    }
}
