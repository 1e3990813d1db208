using System.Security.Cryptography;
using System.Text;

namespace Truce.Domain.Audit;

/// <summary>
/// A checkpoint with its signature, in the layout of a C2SP signed note: the body, a blank line,
/// then <c>— NAME BASE64(key id ‖ signature)</c>. The signature is ECDSA P-256 over SHA-256 of the
/// body (IEEE P1363 form); the key id is the first four bytes of SHA-256 of the name, a newline and
/// the public key (SubjectPublicKeyInfo DER).
/// </summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, string KeyName, byte[] KeyId, byte[] Signature)
{
    private const string Dash = "\u2014 ";

    /// <summary>The note's text.</summary>
    public string Text() =>
        $"{Checkpoint.Body()}\n{Dash}{KeyName} {Convert.ToBase64String([.. KeyId, .. Signature])}\n";

    /// <summary>Whether the signature is <paramref name="key"/>'s over this body, under this key name.</summary>
    public bool IsSignedBy(ECDsa key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Equals(KeyName, keyName, StringComparison.Ordinal)
            && KeyId.AsSpan().SequenceEqual(IdOf(key, keyName))
            && key.VerifyData(Checkpoint.BodyBytes(), Signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>Signs <paramref name="checkpoint"/> with <paramref name="key"/> (a P-256 private key).</summary>
    public static SignedCheckpoint Sign(Checkpoint checkpoint, ECDsa key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.SignData(checkpoint.BodyBytes(), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new SignedCheckpoint(checkpoint, keyName, IdOf(key, keyName), signature);
    }

    /// <summary>Reads a note written by <see cref="Text"/>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static SignedCheckpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new FormatException("A signed checkpoint is its body, a blank line and a signature line.");
        }

        var checkpoint = Checkpoint.ParseBody(text[..(split + 1)]);
        var line = text[(split + 2)..].TrimEnd('\n');
        if (!line.StartsWith(Dash, StringComparison.Ordinal) || line.Contains('\n', StringComparison.Ordinal))
        {
            throw new FormatException("The signature line starts with '\u2014 ' and is the note's last line.");
        }

        var parts = line[Dash.Length..].Split(' ');
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw new FormatException("The signature line is '\u2014 NAME SIGNATURE'.");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            throw new FormatException("The signature is not base64.");
        }

        // One text per signature: base64 whose unused low bits are set would decode to the same
        // bytes, so a checkpoint could be altered and still verify.
        if (!string.Equals(Convert.ToBase64String(blob), parts[1], StringComparison.Ordinal))
        {
            throw new FormatException("The signature is not in canonical base64 (unused bits set).");
        }

        if (blob.Length <= 4)
        {
            throw new FormatException("The signature is too short to hold a key id and a signature.");
        }

        return new SignedCheckpoint(checkpoint, parts[0], blob[..4], blob[4..]);
    }

    /// <summary>The four-byte id of a key under a name.</summary>
    public static byte[] IdOf(ECDsa key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] material = [.. Encoding.UTF8.GetBytes(keyName + "\n"), .. key.ExportSubjectPublicKeyInfo()];
        return SHA256.HashData(material)[..4];
    }
}
