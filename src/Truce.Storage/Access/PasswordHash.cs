using System.Security.Cryptography;
using System.Text;

namespace Truce.Storage.Access;

/// <summary>
/// A password as stored: PBKDF2 with HMAC-SHA-256 (RFC 8018 §5.2, <see cref="Rfc2898DeriveBytes.Pbkdf2(byte[], byte[], int, HashAlgorithmName, int)"/>)
/// over the UTF-8 password, a random salt per user, and the iteration count it was made with (so
/// the count can be raised later without breaking stored hashes).
/// </summary>
/// <param name="Hash">The 32-byte derived key.</param>
/// <param name="Salt">The 16-byte random salt.</param>
/// <param name="Iterations">PBKDF2 iterations.</param>
public sealed record PasswordHash(byte[] Hash, byte[] Salt, int Iterations)
{
    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (about 0.3 s per check on one core of a laptop).</summary>
    public const int DefaultIterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes <paramref name="password"/> with a new random salt.</summary>
    /// <param name="password">The password.</param>
    /// <param name="iterations">PBKDF2 iterations (tests use fewer; users get <see cref="DefaultIterations"/>).</param>
    public static PasswordHash Create(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PasswordHash(Derive(password, salt, iterations), salt, iterations);
    }

    /// <summary>True when <paramref name="password"/> is the one hashed (compared in constant time).</summary>
    public bool Matches(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return CryptographicOperations.FixedTimeEquals(Derive(password, Salt, Iterations), Hash);
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
