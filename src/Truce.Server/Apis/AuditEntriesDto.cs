namespace Truce.Server.Apis;

/// <summary>A page of audit entries and the log's size.</summary>
public sealed record AuditEntriesDto(long Size, IReadOnlyList<AuditEntryDto> Entries);
