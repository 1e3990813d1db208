using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;
using Truce.Domain.Control;
using Truce.Geo.Geodesy;
using Truce.Geo.Indexing;

namespace Truce.Geo.Control;

/// <summary>
/// Who held a point or a region on a day, and what changed hands between two days, over a set of
/// control records (areas with polygons, places with points).
/// </summary>
/// <remarks>
/// <para>Rules (docs/control.md): days are inclusive at both ends, so on a capture day the outgoing
/// and incoming records both apply; records dated only by month or year already carry the widened
/// interval (<see cref="ControlRecord.From"/> is the earliest day the source allows,
/// <see cref="ControlRecord.To"/> the latest); a missing end is open. A point on a polygon's
/// boundary is in that polygon, so a point on a boundary shared by two polygons gets the records
/// of both. Polygons are keyed by <see cref="ControlRecord.AreaCode"/> (records without a code by
/// their polygon instance); a polygon with no record in force on a day is unknown that day, never
/// anyone's. Only when no area record applies does a place answer: the nearest place within
/// <see cref="ControlTimelineOptions.PlaceRadiusMetres"/> (great-circle metres) that has a record
/// in force.</para>
/// <para>Performance: a point is located with a <see cref="PolygonCover"/> grid, then each polygon's
/// state on the day is a binary search over its breakpoints with the answer precomputed per
/// period; places sit in a grid with cells one radius high. <see cref="At"/> allocates nothing
/// except for points on several polygons or equidistant places. Regions given to
/// <see cref="Over"/> are matched to polygons and places once per geometry instance (held weakly),
/// so treat them as immutable. Thread-safe after construction.</para>
/// </remarks>
public sealed partial class ControlTimeline
{
    private static readonly ControlAnswer UnknownAnswer = new(ControlBasis.Unknown, ControlState.Empty, double.NaN);

    private readonly ControlledArea[] _areas;
    private readonly ControlledPlace[] _places;
    private readonly PolygonCover _cover;
    private readonly PlaceIndex _placeIndex;
    private readonly ConditionalWeakTable<Geometry, RegionCandidates> _regions = [];
    private readonly ConditionalWeakTable<Geometry, RegionCandidates>.CreateValueCallback _matchRegion;

    /// <param name="records">Area records (polygon or multipolygon geometry, or none) and place records (point geometry, or none).</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">A record ends before it starts, an area's geometry is not polygonal, a place's is not a
    /// point, two records give one area code different polygons, or the radius is not a positive number.</exception>
    public ControlTimeline(IEnumerable<ControlRecord> records, ControlTimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        Options = options ?? new ControlTimelineOptions();
        if (!(Options.PlaceRadiusMetres > 0) || double.IsInfinity(Options.PlaceRadiusMetres))
        {
            throw new ArgumentException($"the place radius must be a positive number of metres, not {Options.PlaceRadiusMetres}", nameof(options));
        }

        var all = records.ToList();
        all.ForEach(Validate);
        Unlocated = [.. all.Where(r => r.Geometry is null)];
        _areas = [.. GroupAreas(all.Where(r => r.Shape == ControlShape.Area && r.Geometry is not null))];
        _places = [.. all.Where(r => r.Shape == ControlShape.Place && r.Geometry is Point)
            .GroupBy(r => (((Point)r.Geometry!).Y, ((Point)r.Geometry!).X))
            .Select(g => new ControlledPlace(g.First().Id, g.First().Name, g.Key.Y, g.Key.X, new ControlPeriods([.. g])))];
        _cover = new PolygonCover([.. _areas.Select(a => a.Geometry)]);
        _placeIndex = new PlaceIndex([.. _places.Select(p => (p.Latitude, p.Longitude))], [.. _places.Select(p => p.Periods)], Options.PlaceRadiusMetres);
        _matchRegion = MatchRegion;
    }

    /// <summary>The settings in use.</summary>
    public ControlTimelineOptions Options { get; }

    /// <summary>Number of distinct polygons.</summary>
    public int AreaCount => _areas.Length;

    /// <summary>Number of distinct place locations.</summary>
    public int PlaceCount => _places.Length;

    /// <summary>Records kept but not reachable by location: areas no layer maps, places without coordinates.</summary>
    public IReadOnlyList<ControlRecord> Unlocated { get; }

    /// <summary>
    /// Who held (latitude, longitude) on <paramref name="day"/>: every area record in force whose
    /// polygon covers the point (boundary included); when there is none, the records of the
    /// nearest place within the radius that has any in force (several places only when exactly
    /// equidistant); otherwise unknown.
    /// </summary>
    /// <remarks>O(1) grid step plus O(log v) per polygon (v breakpoints); allocation-free in the common cases.</remarks>
    public ControlAnswer At(double latitude, double longitude, DateOnly day)
    {
        var dayNumber = day.DayNumber;
        Span<int> found = _cover.MaxCover <= 16 ? stackalloc int[16] : new int[_cover.MaxCover];
        var count = _cover.Locate(longitude, latitude, found);
        if (count == 1)
        {
            var state = _areas[found[0]].Periods.At(dayNumber);
            if (!state.IsEmpty)
            {
                return new ControlAnswer(ControlBasis.Area, state, 0);
            }
        }
        else if (count > 1)
        {
            var states = new List<ControlState>(count);
            foreach (var i in found[..count])
            {
                if (_areas[i].Periods.At(dayNumber) is { IsEmpty: false } s)
                {
                    states.Add(s);
                }
            }

            if (states.Count > 0)
            {
                return new ControlAnswer(ControlBasis.Area, states.Count == 1 ? states[0] : ControlState.Union(states), 0);
            }
        }

        var nearest = _placeIndex.Nearest(latitude, longitude, dayNumber, out var haversine, out var tie);
        if (nearest < 0)
        {
            return UnknownAnswer;
        }

        var placeState = tie ? Equidistant(latitude, longitude, dayNumber, haversine) : _places[nearest].Periods.At(dayNumber);
        return new ControlAnswer(ControlBasis.NearestPlace, placeState, GreatCircle.MetresFromHaversine(haversine));
    }

    // Apart from At, so that the lambda's closure is not allocated on every lookup.
    private ControlState Equidistant(double latitude, double longitude, int dayNumber, double haversine) =>
        ControlState.Union(_placeIndex.AllAt(latitude, longitude, dayNumber, haversine).Select(p => _places[p].Periods.At(dayNumber)));

    private static void Validate(ControlRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.From is { } from && r.To is { } to && to < from)
        {
            throw new ArgumentException($"{r.Id} ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(r));
        }

        if (r.Shape == ControlShape.Area && r.Geometry is not (null or Polygon or MultiPolygon))
        {
            throw new ArgumentException($"{r.Id} is an area but its geometry is a {r.Geometry.GeometryType}", nameof(r));
        }

        if (r.Shape == ControlShape.Place && r.Geometry is not (null or Point))
        {
            throw new ArgumentException($"{r.Id} is a place but its geometry is a {r.Geometry.GeometryType}", nameof(r));
        }
    }

    private static IEnumerable<ControlledArea> GroupAreas(IEnumerable<ControlRecord> areas)
    {
        var byKey = new Dictionary<object, List<ControlRecord>>();
        var order = new List<object>();
        foreach (var r in areas)
        {
            object key = r.AreaCode is { } code ? code : r.Geometry!;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
                order.Add(key);
            }
            else if (!ReferenceEquals(list[0].Geometry, r.Geometry) && !list[0].Geometry!.EqualsExact(r.Geometry))
            {
                throw new ArgumentException($"{list[0].Id} and {r.Id} give area {r.AreaCode} different polygons", nameof(areas));
            }

            list.Add(r);
        }

        return order.Select(k => byKey[k]).Select(list => new ControlledArea(list[0].AreaCode ?? list[0].Id, list[0].Name,
            list[0].Geometry!, new ControlPeriods(list), EllipsoidArea.SquareMetres(list[0].Geometry!) / 1e6));
    }
}
