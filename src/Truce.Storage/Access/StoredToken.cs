using Truce.Domain.Access;

namespace Truce.Storage.Access;

/// <summary>A stored token (its hash is not read back).</summary>
/// <param name="Id">Store id (what <c>truce tokens revoke</c> takes).</param>
/// <param name="UserId">Whose it is.</param>
/// <param name="Scopes">What it allows within its user's role.</param>
/// <param name="Kind">API token or sign-in session.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When it was revoked; null while not.</param>
public sealed record StoredToken(long Id, long UserId, Permissions Scopes, TokenKind Kind, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True when the token works at <paramref name="now"/>: not revoked and not expired (expiry is exclusive).</summary>
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
