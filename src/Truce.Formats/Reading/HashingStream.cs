using System.Security.Cryptography;

namespace Truce.Formats.Reading;

/// <summary>
/// A read-only pass-through stream that computes the SHA-256 of everything read through it, so a
/// file is hashed in the same pass that reads it.
/// </summary>
public sealed class HashingStream(Stream inner) : ReadOnlyPassThroughStream(inner)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _digest;

    /// <summary>Lower-case hex SHA-256 of the bytes read so far; reading further after this call is an error.</summary>
    public string Sha256Hex() => _digest ??= Convert.ToHexStringLower(_hash.GetHashAndReset());

    protected override void OnRead(ReadOnlySpan<byte> bytes)
    {
        if (_digest is not null)
        {
            throw new InvalidOperationException("The digest was already taken.");
        }

        _hash.AppendData(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
