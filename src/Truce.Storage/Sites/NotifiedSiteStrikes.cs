using NetTopologySuite.Geometries;
using Truce.Domain.Events;
using Truce.Geo.Indexing;
using Truce.Storage.Adjudication;

namespace Truce.Storage.Sites;

/// <summary>
/// Strikes on notified sites (issue 7): every event within a site's protected reach after the site
/// was notified, flagged with how certain that is, and for each side of the event whether its
/// parties had been notified of the site and had checked that point. The rules are in
/// docs/deconfliction.md, "Strikes on notified sites". Pure: no store, no clock.
/// </summary>
/// <remarks>
/// Thread-safe (no shared state). Cost: O(events + site revisions) to index the events' points
/// (<see cref="PointGrid"/>, one per uncertainty) and, per site, distance tests for the events in its
/// box grown by its widest reach plus their uncertainty; plus for each flag O(checks of the side's parties × targets).
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
        var notAssessed = new List<NotAssessedEvent>();
        var located = new List<Located>();
        foreach (var revision in events)
        {
            var e = revision.Event;
            var key = AdjudicationService.Key(e);
            if (!e.HasPoint)
            {
                notAssessed.Add(new NotAssessedEvent(key, "no coordinates"));
                continue;
            }

            if (!(Math.Abs(e.Latitude!.Value) <= 90 && Math.Abs(e.Longitude!.Value) <= 180))
            {
                notAssessed.Add(new NotAssessedEvent(key, $"not a WGS 84 coordinate: ({e.Latitude}, {e.Longitude})"));
                continue;
            }

            if (options.UncertaintyMetres(e.Dataset, e.GeoPrecision) is not { } uncertainty)
            {
                notAssessed.Add(new NotAssessedEvent(key, $"coarse location: {PrecisionColumn(e.Dataset)} {e.GeoPrecision}"));
                continue;
            }

            located.Add(new Located(key, e, uncertainty, EventDays.Of(e)));
        }

        // From each site into a grid of the events' points, one grid per uncertainty (there are three at most), so that
        // the few district-level events do not widen every site's search to 50 km: only events in reach are measured.
        var groups = located.GroupBy(l => l.Uncertainty).Select(g => (Uncertainty: g.Key, Events: g.ToArray(), Grid: new PointGrid(
            [.. g.Select(l => l.Event.Latitude!.Value)],
            [.. g.Select(l => l.Event.Longitude!.Value)]))).ToArray();
        var flags = new List<SiteStrikeFlag>();
        var near = new List<int>();
        foreach (var site in sites)
        {
            var shapes = site.Where(span => span.Shape is not null).ToList();
            if (shapes.Count == 0)
            {
                continue;
            }

            var box = new Envelope();
            shapes.ForEach(span => box.ExpandToInclude(span.Revision.Site.Geometry!.EnvelopeInternal));
            var reach = shapes.Max(span => span.Revision.Site.ReachMetres);
            foreach (var (uncertainty, group, grid) in groups)
            {
                near.Clear();
                grid.Near(box.MinY, box.MinX, box.MaxY, box.MaxX, reach + uncertainty, near);
                foreach (var j in near)
                {
                    var l = group[j];
                    if (Best(site, l.Event, uncertainty, l.Days) is { } hit)
                    {
                        flags.Add(Flag(l.Key, l.Event, uncertainty, l.Days, hit, parties, partyChecks));
                    }
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

    private sealed record Located(string Key, ConflictEvent Event, double Uncertainty, EventDays Days);

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
