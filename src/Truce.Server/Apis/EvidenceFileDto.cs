namespace Truce.Server.Apis;

/// <summary>An evidence file's record: hash, size, and every addition (who added it, when, as what), oldest first.</summary>
public sealed record EvidenceFileDto(string Sha256, long Bytes, IReadOnlyList<EvidenceAdditionDto> Additions);
