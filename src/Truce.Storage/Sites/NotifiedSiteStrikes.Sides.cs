using Truce.Domain.Events;

namespace Truce.Storage.Sites;

public static partial class NotifiedSiteStrikes
{
    private static SiteStrikeFlag Flag(string key, ConflictEvent e, double uncertainty, EventDays days, Hit hit, PartyLinks parties, PartyChecks checks)
    {
        var r = hit.Span.Revision;
        var site = r.Site;
        var band = hit.DistanceMetres <= site.RadiusMetres ? DistanceBand.InsideRadius
            : hit.DistanceMetres <= site.ReachMetres ? DistanceBand.InsideReach
            : DistanceBand.EventUncertainty;
        var sides = new List<SideFinding>();
        foreach (var (column, actor, role) in Sides(e))
        {
            if (string.IsNullOrWhiteSpace(actor))
            {
                continue;
            }

            var findings = parties.Of(actor).Select(party =>
            {
                var notified = r.NotifiedTo(party);
                return new PartyFinding(
                    party,
                    notified ? hit.Timing : null,
                    notified ? r.NotifiedAt : null,
                    checks.Covering(party, e.Latitude!.Value, e.Longitude!.Value, uncertainty, days, site.Id));
            });
            sides.Add(new SideFinding(column, actor, role, [.. findings]));
        }

        return new SiteStrikeFlag(key, e, uncertainty, site.Id, r.Revision, site.Category, site.Name, site.Sources, hit.Certainty, hit.DistanceMetres,
            site.ReachMetres, band, r.NotifiedAt, hit.Timing, sides);
    }

    /// <summary>
    /// The sides an event names and what the record says each did: ACLED actor 1 is the initiator
    /// (codebook); UCDP side A of one-sided violence (type 3) is its perpetrator; for UCDP state-based
    /// and non-state violence the record does not say who struck, so both sides may have.
    /// </summary>
    private static (string Column, string? Actor, SideRole Role)[] Sides(ConflictEvent e) =>
        e.Dataset == EventDataset.Acled
            ? [("actor1", e.Actor1, SideRole.Striker), ("actor2", e.Actor2, SideRole.Target)]
            : e.ViolenceType == 3
                ? [("side_a", e.Actor1, SideRole.Striker), ("side_b", e.Actor2, SideRole.Target)]
                : [("side_a", e.Actor1, SideRole.PossibleStriker), ("side_b", e.Actor2, SideRole.PossibleStriker)];
}
