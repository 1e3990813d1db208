using System.Globalization;
using Truce.Domain.Sources;

namespace Truce.Server.Apis;

/// <summary>A source as the caller may see it: a confidential one without publisher and URL unless the caller may see them (<c>redacted</c> says so).</summary>
public sealed record SourceDto(
    long Id, string? Url, string? Publisher, string? Published, string? Quote, string? Sha256, string? Evidence, bool Confidential, bool Redacted, string Author, DateTimeOffset RecordedAt)
{
    /// <param name="source">The stored source.</param>
    /// <param name="maySeeConfidential">The caller's right to see confidential identities (<see cref="Redaction"/>).</param>
    public static SourceDto Of(Source source, bool maySeeConfidential)
    {
        var s = Redaction.ForCaller(source, maySeeConfidential);
        return new SourceDto(
            s.Id, s.Url, s.Publisher, s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Quote, s.Sha256,
            s.Sha256 is null ? null : $"/api/evidence/{s.Sha256}", s.Confidential, s.Redacted, s.Author, s.RecordedAt);
    }
}
