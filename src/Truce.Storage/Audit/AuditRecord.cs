namespace Truce.Storage.Audit;

/// <summary>
/// What one write tells the audit log: the action (<c>events.import</c>, <c>references.save</c>, ...),
/// the record it wrote (<c>import:3</c>, <c>terms/coh-2016.json</c>), the SHA-256 of what was
/// written, and a few named details (counts, digests). The store adds the sequence number, the
/// time and the author.
/// </summary>
public sealed record AuditRecord(string Action, string Subject, string? Sha256, IReadOnlyList<KeyValuePair<string, string>> Detail)
{
    /// <summary>A record with no details.</summary>
    public AuditRecord(string action, string subject, string? sha256)
        : this(action, subject, sha256, [])
    {
    }
}
