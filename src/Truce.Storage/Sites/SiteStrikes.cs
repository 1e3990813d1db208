namespace Truce.Storage.Sites;

/// <summary>The result of <see cref="NotifiedSiteStrikes.Compute"/>.</summary>
/// <param name="Flags">One per (event, site), by event first day, event key, then site id (ordinal).</param>
/// <param name="NotAssessed">Events not assessed against any site (coarse or missing location), in input order: they are never flagged.</param>
/// <param name="UnlocatedSites">Sites whose revision in force has no geometry (they cannot be assessed), by id.</param>
public sealed record SiteStrikes(IReadOnlyList<SiteStrikeFlag> Flags, IReadOnlyList<NotAssessedEvent> NotAssessed, IReadOnlyList<string> UnlocatedSites);
