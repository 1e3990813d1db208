using System.Security.Cryptography;
using System.Text;
using Truce.Storage.Audit;

namespace Truce.Storage.Sites;

/// <summary>
/// The monitor's secret behind every site's protection buffer (<see cref="Domain.Deconfliction.ProtectionBuffer"/>):
/// derived by HKDF-SHA256 from the private half of the database's audit signing key, so a
/// deployment keeps one secret, and every server sharing that key file draws the same buffers.
/// </summary>
/// <remarks>
/// Servers that share a database must share the key file (<c>TRUCE_AUDIT_KEY</c>): with two keys a
/// prober could compare two differently shifted boundaries. Replacing the key re-draws every buffer.
/// </remarks>
public static class SiteBufferKey
{
    private static readonly byte[] Info = Encoding.ASCII.GetBytes("truce/site-buffer/v1");

    /// <summary>32 secret bytes for the buffers of the sites of the database signed with <paramref name="key"/>.</summary>
    public static byte[] From(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var secret = key.Key.ExportParameters(includePrivateParameters: true).D
            ?? throw new InvalidOperationException("the audit key has no private half");
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [], info: Info);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
