using Truce.Geo.Indexing;

namespace Truce.Geo.Deconfliction;

public sealed partial class ProtectedSiteIndex
{
    /// <summary>
    /// Which of many stored points a point strike during [from, to] would find in conflict — the same
    /// yes/no as <see cref="Check(double, double, double, DateTimeOffset, DateTimeOffset)"/> with
    /// radius 0 for each point, found from the other side: each zone valid in the window scans the
    /// points in its reach's box (<see cref="PointGrid"/>) and sets <paramref name="within"/>[i] for
    /// each point i it reaches. Entries it does not set are left as they were.
    /// </summary>
    /// <remarks>
    /// Cost: O(zones + points in the zones' boxes), against O(points) lookups for the one-by-one check;
    /// it pays when the points are many and mostly far from sites. Split over the cores when there are at
    /// least <see cref="SiteIndexOptions.ParallelBatchThreshold"/> points.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="within"/> is shorter than the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is reversed.</exception>
    public void MarkWithin(PointGrid points, DateTimeOffset from, DateTimeOffset to, bool[] within)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(within);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (within.Length < points.Count)
        {
            throw new ArgumentException($"{within.Length} entries for {points.Count} points.", nameof(within));
        }

        var (f, t) = (from.UtcTicks, to.UtcTicks);
        if (points.Count < _parallelThreshold)
        {
            for (var i = 0; i < _zones.Length; i++)
            {
                MarkWithin(i, points, f, t, within);
            }

            return;
        }

        // Zones in chunks taken as threads free up: the few zones over dense clusters cost hundreds of times the median.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _zones.Length, 64), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                MarkWithin(i, points, f, t, within);
            }
        });
    }

    private void MarkWithin(int i, PointGrid points, long from, long to, bool[] within)
    {
        ref readonly var z = ref _cores[i];
        if (z.From > to || from > z.To)
        {
            return;
        }

        var env = _zones[i].Shifted.EnvelopeInternal;
        var (dLat, dLon) = _zones[i].Degrees(z.Reach);
        var (south, north, west, east) = (env.MinY - dLat, env.MaxY + dLat, env.MinX - dLon, env.MaxX + dLon);
        var lat = points.Latitudes;
        var lon = points.Longitudes;
        var source = points.Source;
        var (first, last) = points.RowsOf(south, north);
        for (var row = first; row <= last; row++)
        {
            var (start, end) = points.InRow(row, west, east);
            for (var k = start; k < end; k++)
            {
                // The box test first: a grid row's cells reach past the box on both sides.
                if (lat[k] >= south && lat[k] <= north && lon[k] >= west && lon[k] <= east && Touches(i, lat[k], lon[k], 0, from, to))
                {
                    within[source[k]] = true;
                }
            }
        }
    }
}
