using Truce.Domain.Deconfliction;

namespace Truce.Storage.Sites;

/// <summary>
/// A notification of a protected site to the monitor, or a change to one already notified: the
/// site as it stands from now, and the parties it is notified to (whose strike checks it protects).
/// </summary>
/// <param name="Site">The site; a known <see cref="ProtectedSite.Id"/> makes this a new revision of that site.</param>
/// <param name="Recipients">Party names (without <c>party:</c>) the site is notified to; empty: every party.</param>
/// <param name="NotifiedAt">When the owner notified it; null: now (the store's clock). A past date records a notification made outside Truce (e.g. by the UN's system), as the source states it.</param>
/// <param name="Reason">Why this revision (required for a change: moved, closed, corrected...).</param>
public sealed record SiteNotice(ProtectedSite Site, IReadOnlyList<string> Recipients, DateTimeOffset? NotifiedAt = null, string? Reason = null);
