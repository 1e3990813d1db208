namespace Truce.Domain.Sources;

/// <summary>
/// A stored source: where a fact was reported (a URL, a publisher, a date, a quote) and optionally
/// the evidence file captured from it, by its SHA-256. A confidential source (a witness, a local
/// monitor) keeps its identity — publisher and URL — from the public and analysts (see
/// <see cref="Redaction"/>).
/// </summary>
/// <param name="Id">The store's id, from 1.</param>
/// <param name="Url">The address, absolute http or https; null when there is none (a witness).</param>
/// <param name="Publisher">Who published or told it; null when unknown.</param>
/// <param name="Published">The day it was published or told; null when unknown.</param>
/// <param name="Quote">A short verbatim excerpt.</param>
/// <param name="Sha256">The evidence file (lowercase hex SHA-256), null when none.</param>
/// <param name="Confidential">True when publisher and URL identify someone who must be protected.</param>
/// <param name="Author">Who recorded the source.</param>
/// <param name="RecordedAt">When (UTC, to the millisecond).</param>
/// <param name="Redacted">True when publisher and URL were withheld from this copy.</param>
public sealed record Source(
    long Id,
    string? Url,
    string? Publisher,
    DateOnly? Published,
    string? Quote,
    string? Sha256,
    bool Confidential,
    string Author,
    DateTimeOffset RecordedAt,
    bool Redacted = false);
