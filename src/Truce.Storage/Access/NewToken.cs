using Truce.Domain.Access;

namespace Truce.Storage.Access;

/// <summary>A token to store: never the token, only its SHA-256 (<see cref="TokenSecret"/>).</summary>
/// <param name="UserId">Whose it is.</param>
/// <param name="Sha256">The SHA-256 of the token (32 bytes).</param>
/// <param name="Scopes">What it allows, within its user's role (<see cref="Permissions.All"/>: all the role grants).</param>
/// <param name="Kind">API token or sign-in session.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record NewToken(long UserId, byte[] Sha256, Permissions Scopes, TokenKind Kind, DateTimeOffset ExpiresAt);
