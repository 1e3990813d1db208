using Truce.Domain.Control;

namespace Truce.Geo.Control;

public sealed partial class ControlTimeline
{
    /// <summary>
    /// The polygons and places whose set of controllers on <paramref name="to"/> differs from the
    /// set on <paramref name="from"/> (a polygon or place with no record in force is unknown that
    /// day: its set is empty), and per controller the area gained and lost in km².
    /// </summary>
    /// <remarks>
    /// Controllers are compared as the records name them (ordinal), so "Government/allies + YPG/SDF"
    /// is its own controller. Gains and losses count only polygons known on both days: a polygon
    /// that becomes known or unknown is listed as a change but moves no area to or from anyone.
    /// Areas are each polygon's area on the WGS 84 ellipsoid (<see cref="Geodesy.EllipsoidArea"/>).
    /// O(polygons + places) binary searches.
    /// </remarks>
    public ControlDiff Diff(DateOnly from, DateOnly to)
    {
        var changes = new List<ControlChange>();
        var gained = new Dictionary<string, double>(StringComparer.Ordinal);
        var lost = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var area in _areas.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var (before, after) = (area.Periods.At(from.DayNumber), area.Periods.At(to.DayNumber));
            if (SameControllers(before, after))
            {
                continue;
            }

            changes.Add(Change(ControlShape.Area, area.Key, area.Name, area.AreaKm2, before, after));
            if (before.IsEmpty || after.IsEmpty)
            {
                continue;
            }

            foreach (var c in after.Controllers.Except(before.Controllers, StringComparer.Ordinal))
            {
                gained[c] = gained.GetValueOrDefault(c) + area.AreaKm2;
            }

            foreach (var c in before.Controllers.Except(after.Controllers, StringComparer.Ordinal))
            {
                lost[c] = lost.GetValueOrDefault(c) + area.AreaKm2;
            }
        }

        foreach (var place in _places.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (before, after) = (place.Periods.At(from.DayNumber), place.Periods.At(to.DayNumber));
            if (!SameControllers(before, after))
            {
                changes.Add(Change(ControlShape.Place, place.Key, place.Name, 0, before, after));
            }
        }

        var controllers = gained.Keys.Union(lost.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => new ControllerAreaChange(c, gained.GetValueOrDefault(c), lost.GetValueOrDefault(c)))
            .ToArray();
        return new ControlDiff(from, to, changes, controllers);
    }

    private static bool SameControllers(ControlState a, ControlState b) =>
        a.Controllers.Length == b.Controllers.Length && a.Controllers.All(c => b.Controllers.Contains(c, StringComparer.Ordinal));

    private static ControlChange Change(ControlShape shape, string key, string? name, double km2, ControlState before, ControlState after) =>
        new(shape, key, name, km2, before.Controllers, after.Controllers, Ids(before.Records), Ids(after.Records));

    private static string[] Ids(ControlRecord[] records) => [.. records.Select(r => r.Id)];
}
