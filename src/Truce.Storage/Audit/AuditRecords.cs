using System.Globalization;

namespace Truce.Storage.Audit;

/// <summary>
/// The log entry of each kind of write, and the claim the store's tables make about the same
/// write — built side by side so that what is written and what is checked cannot drift apart.
/// </summary>
public static partial class AuditRecords
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

    public static AuditRecord Evidence(string sha256, string name, string mediaType, long bytes, bool duplicate) =>
        new(AuditActions.EvidenceAdd, $"evidence:{sha256}", sha256, [Pair("name", name), Pair("media_type", mediaType), Pair("bytes", bytes), Pair("duplicate", duplicate ? "true" : "false")]);

    public static AuditClaim EvidenceClaim(string sha256, string name) =>
        new(AuditActions.EvidenceAdd, $"evidence:{sha256}", sha256, [Pair("name", name)]);

    /// <summary>A source's entry: its fields only as a SHA-256 commitment (a confidential source's identity must not be readable in the log), and its evidence file.</summary>
    public static AuditRecord Source(Domain.Sources.Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(AuditActions.SourcesAdd, $"source:{source.Id.ToString(CultureInfo.InvariantCulture)}", SourceDigest(source),
            [Pair("confidential", source.Confidential ? "true" : "false"), Pair("file", source.Sha256 ?? "")]);
    }

    public static AuditClaim SourceClaim(Domain.Sources.Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(AuditActions.SourcesAdd, $"source:{source.Id.ToString(CultureInfo.InvariantCulture)}", SourceDigest(source), [Pair("file", source.Sha256 ?? "")]);
    }

    public static AuditRecord Link(string subject, long sourceId) =>
        new(AuditActions.SourcesLink, subject, null, [Pair("source", sourceId)]);

    public static AuditClaim LinkClaim(string subject, long sourceId) =>
        new(AuditActions.SourcesLink, subject, null, [Pair("source", sourceId)]);

    public static AuditRecord Grading(string subject, string grade, string reason) =>
        new(AuditActions.GradesAdd, subject, GradingDigest(grade, reason), [Pair("grade", grade)]);

    public static AuditClaim GradingClaim(string subject, string grade, string reason) =>
        new(AuditActions.GradesAdd, subject, GradingDigest(grade, reason), [Pair("grade", grade)]);

    /// <summary>SHA-256 (hex) of a source's fields as a JSON array: url, publisher, published day, quote, evidence file, confidential.</summary>
    public static string SourceDigest(Domain.Sources.Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in new[] { source.Url, source.Publisher, source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source.Quote, source.Sha256 })
            {
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteStringValue(value);
                }
            }

            json.WriteBooleanValue(source.Confidential);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()));
    }

    private static string GradingDigest(string grade, string reason) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(grade + "\n" + reason)));

    public static AuditRecord UserAdded(string name, string role) => new(AuditActions.UsersAdd, $"user:{name}", null, [Pair("role", role)]);

    public static AuditClaim UserClaim(string name, string role) => new(AuditActions.UsersAdd, $"user:{name}", null, [Pair("role", role)]);

    public static AuditRecord UserDisabled(string name, bool disabled) => new(disabled ? AuditActions.UsersDisable : AuditActions.UsersEnable, $"user:{name}", null, []);

    public static AuditRecord TokenCreated(long id, long userId, string kind) =>
        new(AuditActions.TokensCreate, $"token:{id.ToString(CultureInfo.InvariantCulture)}", null, [Pair("user", userId), Pair("kind", kind)]);

    public static AuditClaim TokenClaim(long id, long userId, string kind) =>
        new(AuditActions.TokensCreate, $"token:{id.ToString(CultureInfo.InvariantCulture)}", null, [Pair("user", userId), Pair("kind", kind)]);

    public static AuditRecord TokenRevoked(long id) => new(AuditActions.TokensRevoke, $"token:{id.ToString(CultureInfo.InvariantCulture)}", null, []);

    public static AuditClaim RevokeClaim(long id) => new(AuditActions.TokensRevoke, $"token:{id.ToString(CultureInfo.InvariantCulture)}", null, []);

    public static AuditRecord Login(string user, bool succeeded) => new(AuditActions.Login, $"login:{user}", null, [Pair("succeeded", succeeded ? "true" : "false")]);

    public static AuditClaim LoginClaim(string user, bool succeeded) => new(AuditActions.Login, $"login:{user}", null, [Pair("succeeded", succeeded ? "true" : "false")]);

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
