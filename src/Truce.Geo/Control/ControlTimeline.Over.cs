using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Truce.Geo.Control;

public sealed partial class ControlTimeline
{
    /// <summary>
    /// Every control record in force on <paramref name="day"/> over <paramref name="region"/>:
    /// area records whose polygon's interior meets the region's interior (touching along a boundary
    /// is not enough) and place records whose point the region covers. Used for events located
    /// only to a district.
    /// </summary>
    /// <remarks>
    /// The first call with a region instance matches it against every polygon and place (O(n)
    /// prepared-geometry tests) and keeps the result, weakly keyed by the instance; later calls cost
    /// one binary search per matched polygon or place. Do not mutate a region after passing it.
    /// </remarks>
    public RegionControl Over(Geometry region, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(region);
        var candidates = _regions.GetValue(region, _matchRegion);
        var dayNumber = day.DayNumber;
        var areas = candidates.Areas.SelectMany(i => _areas[i].Periods.At(dayNumber).Records).ToArray();
        var places = candidates.Places.SelectMany(i => _places[i].Periods.At(dayNumber).Records).ToArray();
        var controllers = areas.Concat(places).Select(r => r.Controller).Distinct(StringComparer.Ordinal).ToArray();
        return new RegionControl(areas, places, controllers);
    }

    private RegionCandidates MatchRegion(Geometry region)
    {
        var prepared = PreparedGeometryFactory.Prepare(region);
        var envelope = region.EnvelopeInternal;
        var areas = new List<int>();
        for (var i = 0; i < _areas.Length; i++)
        {
            var polygon = _areas[i].Geometry;
            if (envelope.Intersects(polygon.EnvelopeInternal) && prepared.Intersects(polygon)
                && region.Relate(polygon).Get(Location.Interior, Location.Interior) != Dimension.False)
            {
                areas.Add(i);
            }
        }

        var places = new List<int>();
        for (var i = 0; i < _places.Length; i++)
        {
            var (lat, lon) = (_places[i].Latitude, _places[i].Longitude);
            if (envelope.Covers(lon, lat) && prepared.Covers(region.Factory.CreatePoint(new Coordinate(lon, lat))))
            {
                places.Add(i);
            }
        }

        return new RegionCandidates([.. areas], [.. places]);
    }
}
