namespace Truce.Domain.Sources;

/// <summary>The names of evidence files: their SHA-256 as 64 lowercase hexadecimal digits.</summary>
public static class EvidenceHash
{
    /// <summary>True for exactly 64 characters of <c>0-9a-f</c> (so a hash can never be a path trick).</summary>
    public static bool IsValid(string? sha256) => sha256 is { Length: 64 } && sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
