using Truce.Domain.Events;
using Truce.Storage.Adjudication;

namespace Truce.Storage.Sites;

/// <summary>
/// Strikes on notified sites (issue 7): every event within a site's protected reach after the site
/// was notified, flagged with how certain that is, and for each side of the event whether its
/// parties had been notified of the site and had checked that point. The rules are in
/// docs/deconfliction.md, "Strikes on notified sites". Pure: no store, no clock.
/// </summary>
/// <remarks>
/// Thread-safe (no shared state). Cost: O(events × site revisions) distance tests, most rejected
/// by latitude alone, plus for each flag O(checks of the side's parties × targets).
/// </remarks>
public static partial class NotifiedSiteStrikes
{
    /// <summary>Flags every event within reach of a notified site.</summary>
    /// <param name="siteRevisions">Every revision of every site (e.g. <see cref="Contract.ISiteStore.SiteHistory"/> of each site), in any order.</param>
    /// <param name="checks">The logged checks (e.g. <see cref="Contract.ISiteStore.Checks"/>); the monitor's own (no party) are ignored.</param>
    /// <param name="links">Party–actor links (<see cref="Contract.ISiteStore.PartyActors"/>).</param>
    /// <param name="events">The event revisions to assess (normally the current ones); each is assessed as given.</param>
    /// <param name="options">Event uncertainty by precision code; defaults when null.</param>
    /// <returns>The flags, the events not assessed and why, and the sites without geometry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SiteStrikes Compute(
        IReadOnlyList<StoredSite> siteRevisions,
        IReadOnlyList<StoredCheck> checks,
        IReadOnlyList<PartyActor> links,
        IEnumerable<EventRevision> events,
        StrikeFlagOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(siteRevisions);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(events);
        options ??= new StrikeFlagOptions();
        var sites = SiteSpan.Of(siteRevisions);
        var parties = new PartyLinks(links);
        var partyChecks = new PartyChecks(checks);
        var flags = new List<SiteStrikeFlag>();
        var notAssessed = new List<NotAssessedEvent>();
        foreach (var revision in events)
        {
            var e = revision.Event;
            var key = AdjudicationService.Key(e);
            if (!e.HasPoint)
            {
                notAssessed.Add(new NotAssessedEvent(key, "no coordinates"));
                continue;
            }

            if (options.UncertaintyMetres(e.Dataset, e.GeoPrecision) is not { } uncertainty)
            {
                notAssessed.Add(new NotAssessedEvent(key, $"coarse location: {PrecisionColumn(e.Dataset)} {e.GeoPrecision}"));
                continue;
            }

            var days = EventDays.Of(e);
            foreach (var site in sites)
            {
                if (Best(site, e, uncertainty, days) is { } hit)
                {
                    flags.Add(Flag(key, e, uncertainty, days, hit, parties, partyChecks));
                }
            }
        }

        flags.Sort((a, b) =>
        {
            var c = a.Event.DateStart.CompareTo(b.Event.DateStart);
            c = c != 0 ? c : string.CompareOrdinal(a.EventKey, b.EventKey);
            return c != 0 ? c : string.CompareOrdinal(a.SiteId, b.SiteId);
        });
        var unlocated = sites.Where(s => s.Any(span => !span.Revision.Withdrawn && span.Shape is null)).Select(s => s[0].Revision.Site.Id).ToList();
        return new SiteStrikes(flags, notAssessed, unlocated);
    }

    /// <summary>The precision column of a dataset: <c>UCDP where_prec</c> or <c>ACLED geo_precision</c>.</summary>
    public static string PrecisionColumn(EventDataset dataset) => dataset == EventDataset.UcdpGed ? "UCDP where_prec" : "ACLED geo_precision";

    /// <summary>
    /// The revision of one site that best places the event within reach: in force at some instant of
    /// the event's days, not withdrawn, located, valid then. Notified before beats during, within beats
    /// possibly within, then the nearer, then the lower revision.
    /// </summary>
    private static Hit? Best(IReadOnlyList<SiteSpan> site, ConflictEvent e, double uncertainty, EventDays days)
    {
        Hit? best = null;
        var (lat, lon) = (e.Latitude!.Value, e.Longitude!.Value);
        foreach (var span in site)
        {
            var r = span.Revision;
            if (r.Withdrawn || span.Shape is not { } shape || r.NotifiedAt >= days.End || span.Until <= days.Start
                || !r.Site.ValidDuring(days.Start, days.LastInstant))
            {
                continue;
            }

            var reach = r.Site.ReachMetres;
            if (shape.CertainlyBeyond(lat, reach + uncertainty))
            {
                continue;
            }

            var d = shape.Metres(lat, lon);
            if (d > reach + uncertainty)
            {
                continue;
            }

            var hit = new Hit(span, d, d + uncertainty <= reach ? StrikeCertainty.Within : StrikeCertainty.PossiblyWithin, days.Timing(r.NotifiedAt)!.Value);
            if (best is not { } b || hit.CompareTo(b) < 0)
            {
                best = hit;
            }
        }

        return best;
    }

    private readonly record struct Hit(SiteSpan Span, double DistanceMetres, StrikeCertainty Certainty, RelativeTiming Timing) : IComparable<Hit>
    {
        public int CompareTo(Hit other)
        {
            var c = Timing.CompareTo(other.Timing);
            c = c != 0 ? c : Certainty.CompareTo(other.Certainty);
            c = c != 0 ? c : DistanceMetres.CompareTo(other.DistanceMetres);
            return c != 0 ? c : Span.Revision.Revision.CompareTo(other.Span.Revision.Revision);
        }
    }
}
