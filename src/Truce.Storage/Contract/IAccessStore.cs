using Truce.Storage.Access;

namespace Truce.Storage.Contract;

/// <summary>
/// Users, their tokens and sign-ins. Passwords are kept as PBKDF2 hashes (<see cref="PasswordHash"/>),
/// tokens as SHA-256 of the token (<see cref="TokenSecret"/>), never in clear. Every write runs in
/// one transaction of its own (so an audit entry appended in it commits or rolls back with it).
/// </summary>
public interface IAccessStore
{
    /// <summary>Adds a user; returns it as stored.</summary>
    /// <exception cref="ArgumentException">The user is not valid (<see cref="NewUser.Validate"/>).</exception>
    /// <exception cref="UserExistsException">The name is taken; nothing was written.</exception>
    StoredUser AddUser(NewUser user);

    /// <summary>The user of that name (exact, case-sensitive), or null.</summary>
    StoredUser? FindUser(string name);

    /// <summary>Every user, by name (ordinal).</summary>
    IReadOnlyList<StoredUser> Users();

    /// <summary>Disables (from now) or enables a user; false (and nothing written) when there is no such user or it already was.</summary>
    bool SetUserDisabled(string name, bool disabled);

    /// <summary>Stores a token's hash; returns it as stored.</summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes, or there is no such user.</exception>
    StoredToken CreateToken(NewToken token);

    /// <summary>The token with this SHA-256, with its user, valid or not; null when none has it.</summary>
    TokenGrant? FindToken(byte[] sha256);

    /// <summary>The tokens of a user, newest first.</summary>
    IReadOnlyList<StoredToken> Tokens(long userId);

    /// <summary>Revokes a token from now; false when there is no such token or it was revoked already.</summary>
    bool RevokeToken(long id);

    /// <summary>
    /// Records a sign-in attempt by <paramref name="userName"/>: failed when <paramref name="session"/>
    /// is null, else succeeded, and the session token is stored in the same transaction and returned.
    /// </summary>
    StoredToken? RecordLogin(string userName, NewToken? session);

    /// <summary>Sign-in attempts recorded for a name: (succeeded, when), oldest first.</summary>
    IReadOnlyList<(bool Succeeded, DateTimeOffset At)> Logins(string userName);
}
