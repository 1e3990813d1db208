namespace Truce.Domain.Sources;

/// <summary>
/// Field-level confidentiality of sources: a confidential source's identity (publisher and URL) is
/// shown only to callers allowed to see confidential data; everyone else gets the source without
/// them, marked <see cref="Source.Redacted"/>. Quote, date and evidence hash stay: they are the claim, not the
/// person. Who may see confidential data is the caller's decision (roles), passed in.
/// </summary>
public static class Redaction
{
    /// <summary>The source as a caller may see it.</summary>
    /// <param name="source">The stored source.</param>
    /// <param name="maySeeConfidential">True when the caller may see confidential identities.</param>
    public static Source ForCaller(Source source, bool maySeeConfidential)
    {
        ArgumentNullException.ThrowIfNull(source);
        return !source.Confidential || maySeeConfidential ? source : source with { Url = null, Publisher = null, Redacted = true };
    }
}
