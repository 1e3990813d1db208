using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Truce.Storage.Access;

/// <summary>
/// API and session tokens: <c>truce_</c> followed by 32 random bytes in base64url (43 characters).
/// Only the SHA-256 of the whole token is stored; the token itself is shown once, when made. A
/// plain hash (no salt, no stretching) is enough for 256 random bits, and lets a request's token be
/// found by an index lookup.
/// </summary>
public static class TokenSecret
{
    /// <summary>What every token starts with (so a leaked one is recognisable by secret scanners).</summary>
    public const string Prefix = "truce_";

    /// <summary>A new random token and its SHA-256.</summary>
    public static (string Token, byte[] Sha256) New()
    {
        var token = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>The SHA-256 of the token's UTF-8 bytes, as stored.</summary>
    public static byte[] Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }
}
