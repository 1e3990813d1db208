using System.Security.Cryptography;
using Truce.Domain.Audit;

namespace Truce.Domain.Tests.Audit;

public sealed class SignedCheckpointTests
{
    private static readonly Checkpoint Head = new("truce/test", 42, SHA256.HashData("root"u8), new DateTimeOffset(2016, 9, 19, 17, 30, 0, TimeSpan.Zero));

    [Fact]
    public void A_signed_checkpoint_reads_back_and_verifies_with_its_key()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var text = SignedCheckpoint.Sign(Head, key, "truce-log").Text();
        var read = SignedCheckpoint.Parse(text);
        Assert.Equal(Head.Body(), read.Checkpoint.Body());
        Assert.True(read.IsSignedBy(key, "truce-log"));
        Assert.StartsWith("truce/test\n42\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_fails_under_another_key_or_name()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signed = SignedCheckpoint.Sign(Head, key, "truce-log");
        Assert.False(signed.IsSignedBy(other, "truce-log"));
        Assert.False(signed.IsSignedBy(key, "other-log"));
    }

    [Fact]
    public void A_signature_in_base64_with_its_unused_bits_set_is_refused_though_it_decodes_to_the_same_bytes()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var text = SignedCheckpoint.Sign(Head, key, "truce-log").Text();
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var last = text.TrimEnd('\n').TrimEnd('=').Length - 1; // the last character that carries data
        Assert.EndsWith("=\n", text, StringComparison.Ordinal); // 68 bytes: the last character has unused bits
        var chars = text.ToCharArray();
        chars[last] = alphabet[alphabet.IndexOf(chars[last], StringComparison.Ordinal) | 1];
        var altered = new string(chars);
        var signature = altered.TrimEnd('\n')[(altered.LastIndexOf(' ') + 1)..];
        Assert.Equal(Convert.FromBase64String(text.TrimEnd('\n')[(text.LastIndexOf(' ') + 1)..]), Convert.FromBase64String(signature));

        var error = Assert.Throws<FormatException>(() => SignedCheckpoint.Parse(altered));
        Assert.Contains("canonical base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_any_character_of_the_note_breaks_it()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var text = SignedCheckpoint.Sign(Head, key, "truce-log").Text();
        for (var i = 0; i < text.Length; i++)
        {
            var chars = text.ToCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            var changed = new string(chars);
            bool valid;
            try
            {
                valid = SignedCheckpoint.Parse(changed).IsSignedBy(key, "truce-log");
            }
            catch (FormatException)
            {
                valid = false;
            }

            Assert.False(valid, $"character {i} changed and the checkpoint still verified");
        }
    }
}
