namespace Truce.Server.Apis;

/// <summary>One audit entry: its sequence number, the exact text whose UTF-8 bytes are hashed, and its leaf hash (hex).</summary>
public sealed record AuditEntryDto(long Seq, string Entry, string LeafHash);
