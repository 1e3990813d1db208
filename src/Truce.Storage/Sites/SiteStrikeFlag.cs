using Truce.Domain.Deconfliction;
using Truce.Domain.Events;
using Truce.Domain.Sources;

namespace Truce.Storage.Sites;

/// <summary>
/// An event within the protected reach of a notified site (docs/deconfliction.md, "Strikes on
/// notified sites"). Monitor-only: the distance and band narrow down where the site is.
/// </summary>
/// <param name="EventKey"><c>dataset:source_id</c>, as verdicts name the event.</param>
/// <param name="Event">The event as assessed.</param>
/// <param name="EventUncertaintyMetres">The radius of the event's uncertainty disc read from its precision code.</param>
/// <param name="SiteId">The site.</param>
/// <param name="SiteRevision">The site revision that places the event within reach.</param>
/// <param name="Category">The site's category in that revision.</param>
/// <param name="SiteName">The site's name in that revision, if any.</param>
/// <param name="SiteSources">The rows and sources the site was derived from (that revision's).</param>
/// <param name="Certainty">Within, or possibly within, given the event's uncertainty.</param>
/// <param name="DistanceMetres">Geodesic metres from the event's point to the site's geometry (0 inside a polygon).</param>
/// <param name="ReachMetres">The revision's radius plus its location uncertainty, metres (no secret buffer).</param>
/// <param name="Band">Where the event's point lies relative to the radius and the reach.</param>
/// <param name="NotifiedAt">When that revision was notified.</param>
/// <param name="Timing">Before the event's days, or within them.</param>
/// <param name="Sides">Each side the event names, in source order, with its linked parties' findings.</param>
public sealed record SiteStrikeFlag(
    string EventKey,
    ConflictEvent Event,
    double EventUncertaintyMetres,
    string SiteId,
    int SiteRevision,
    SiteCategory Category,
    string? SiteName,
    IReadOnlyList<SourceRef> SiteSources,
    StrikeCertainty Certainty,
    double DistanceMetres,
    double ReachMetres,
    DistanceBand Band,
    DateTimeOffset NotifiedAt,
    RelativeTiming Timing,
    IReadOnlyList<SideFinding> Sides);
