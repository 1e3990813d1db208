namespace Truce.Storage.Adjudication;

/// <summary>An adjudication input file kept whole: kind (terms, designations, agreements, control, places, ucdp-actors, un-list), name, bytes.</summary>
public sealed record ReferenceFile(string Kind, string Name, byte[] Content, string Sha256, DateTimeOffset RecordedAt)
{
    public static ReferenceFile Of(string kind, string name, byte[] content) =>
        new(kind, name, content, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), default);
}
