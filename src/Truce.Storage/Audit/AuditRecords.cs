using System.Globalization;

namespace Truce.Storage.Audit;

/// <summary>
/// The log entry of each kind of write, and the claim the store's tables make about the same
/// write — built side by side so that what is written and what is checked cannot drift apart.
/// </summary>
public static class AuditRecords
{
    /// <summary>The revision digest of an import that wrote no revisions.</summary>
    public const string NoRevisions = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static AuditRecord EventsImport(long importId, string? sha256, string file, string format, long added, long revised, long revisions, string revisionsSha256) =>
        new(AuditActions.EventsImport, Import(importId), sha256,
            [Pair("file", file), Pair("format", format), Pair("added", added), Pair("revised", revised), Pair("revisions", revisions), Pair("revisions_sha256", revisionsSha256)]);

    public static AuditClaim Events(long importId, string? sha256, (long Count, string? Sha256) revisions) =>
        new(AuditActions.EventsImport, Import(importId), sha256,
            [Pair("revisions", revisions.Count), Pair("revisions_sha256", revisions.Sha256 ?? NoRevisions)]);

    public static AuditRecord BoundariesImport(long importId, string? sha256, string file, long added, long revised) =>
        new(AuditActions.BoundariesImport, Import(importId), sha256,
            [Pair("file", file), Pair("added", added), Pair("revised", revised), Pair("boundaries", added + revised)]);

    public static AuditClaim Boundaries(long importId, string? sha256, long stored) =>
        new(AuditActions.BoundariesImport, Import(importId), sha256, [Pair("boundaries", stored)]);

    public static AuditRecord Reference(string kind, string name, string sha256) =>
        new(AuditActions.ReferencesSave, $"{kind}/{name}", sha256, []);

    public static AuditClaim ReferenceClaim(string kind, string name, string sha256) =>
        new(AuditActions.ReferencesSave, $"{kind}/{name}", sha256, []);

    public static AuditRecord Run(long runId, string inputsSha256, long events, long verdicts) =>
        new(AuditActions.VerdictsRun, $"run:{runId}", inputsSha256, [Pair("events", events), Pair("verdicts", verdicts)]);

    public static AuditClaim RunClaim(long runId, string inputsSha256, long events, long verdicts) =>
        new(AuditActions.VerdictsRun, $"run:{runId}", inputsSha256, [Pair("events", events), Pair("verdicts", verdicts)]);

    /// <summary>The late entry of a write made before the database had a log.</summary>
    public static AuditRecord Backfill(AuditClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new AuditRecord(claim.Action, claim.Subject, claim.Sha256, [.. claim.Detail, Pair(AuditActions.Backfilled, "true")]);
    }

    private static string Import(long id) => string.Create(CultureInfo.InvariantCulture, $"import:{id}");

    private static KeyValuePair<string, string> Pair(string name, string value) => KeyValuePair.Create(name, value);

    private static KeyValuePair<string, string> Pair(string name, long value) => KeyValuePair.Create(name, value.ToString(CultureInfo.InvariantCulture));
}
