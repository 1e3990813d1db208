using System.Buffers.Text;
using System.Security.Cryptography;

namespace Truce.Cli.Access;

/// <summary>Generated passwords: 18 random bytes in base64url (24 characters, 144 bits).</summary>
internal static class Secrets
{
    public static string Password() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
}
