namespace Truce.Storage.Audit;

/// <summary>
/// A write as the store's own tables show it (an import row, a stored reference file, a verdict
/// run, ...): what its log entry must say. Verification matches each claim to an entry and each
/// entry that names a record to a claim, both ways.
/// </summary>
/// <param name="Action">The entry's action.</param>
/// <param name="Subject">The entry's subject.</param>
/// <param name="Sha256">The entry's SHA-256.</param>
/// <param name="Detail">Details the entry must carry with these values (e.g. a recomputed revision digest).</param>
public sealed record AuditClaim(string Action, string Subject, string? Sha256, IReadOnlyList<KeyValuePair<string, string>> Detail);
