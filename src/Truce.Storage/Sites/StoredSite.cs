using Truce.Domain.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>One revision of a protected site as stored. Confidential: only the monitor and the site's owner may see it.</summary>
/// <param name="Site">The site as of this revision.</param>
/// <param name="Revision">1 for the first notification, then 2, 3... per site.</param>
/// <param name="Recipients">Party names the site is notified to; empty: every party.</param>
/// <param name="NotifiedAt">When this revision was notified (the notice's time, else when it was recorded).</param>
/// <param name="RecordedAt">When the store recorded it.</param>
/// <param name="Author">Who recorded it (<c>user:NAME</c>, <c>cli:NAME</c>).</param>
/// <param name="Withdrawn">True when this revision withdraws the site: it no longer protects anything from <see cref="NotifiedAt"/>.</param>
/// <param name="Reason">Why this revision, as given.</param>
public sealed record StoredSite(
    ProtectedSite Site,
    int Revision,
    IReadOnlyList<string> Recipients,
    DateTimeOffset NotifiedAt,
    DateTimeOffset RecordedAt,
    string Author,
    bool Withdrawn,
    string? Reason)
{
    /// <summary>True when the site is notified to <paramref name="party"/> (named, or notified to every party).</summary>
    public bool NotifiedTo(string party) => Recipients.Count == 0 || Recipients.Contains(party, StringComparer.Ordinal);
}
