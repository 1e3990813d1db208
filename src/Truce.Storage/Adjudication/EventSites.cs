using NetTopologySuite.Geometries;
using Truce.Domain.Adjudication;
using Truce.Domain.Events;
using Truce.Geo.Control;

namespace Truce.Storage.Adjudication;

/// <summary>
/// Places an event on the control timeline: an exact point (UCDP where_prec 1, ACLED
/// geo_precision 1) is looked up as a point; a coarser one is judged against every record that
/// overlaps the admin polygon its precision supports (admin3 for UCDP where_prec 2, admin2 for 3,
/// admin1 for 4); country-level or unassigned locations are unknown.
/// </summary>
public sealed class EventSites(ControlTimeline timeline, IReadOnlyDictionary<string, Geometry> adminPolygons)
{
    public EventSite Of(ConflictEvent e, AdminCodes admin)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!e.HasPoint)
        {
            return EventSite.Unlocated;
        }

        if (e.GeoPrecision == 1)
        {
            var answer = timeline.At(e.Latitude!.Value, e.Longitude!.Value, e.DateStart);
            return answer.Basis switch
            {
                ControlBasis.Area => new EventSite(SiteKind.Area, Facts(answer.Hits)),
                ControlBasis.NearestPlace => new EventSite(SiteKind.NearestPlace, Facts(answer.Hits)),
                _ => EventSite.Unknown,
            };
        }

        var code = admin.At(e.SupportedAdminLevel);
        if (code is null || !adminPolygons.TryGetValue(code, out var region))
        {
            return EventSite.Unknown;
        }

        var over = timeline.Over(region, e.DateStart);
        if (over.IsUnknown)
        {
            return EventSite.Unknown;
        }

        return new EventSite(SiteKind.Region, [.. over.Areas.Concat(over.Places).Select(r => new ControlFact(r, 0))]);
    }

    private static ControlFact[] Facts(IReadOnlyList<ControlHit> hits)
    {
        var facts = new ControlFact[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            facts[i] = new ControlFact(hits[i].Record, hits[i].DistanceMetres);
        }

        return facts;
    }
}
