using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Truce.Geo.Indexing;

/// <summary>
/// One polygon's ring segments for <see cref="PolygonCover"/>: packed as (x1, y1, x2, y2) in one
/// array and bucketed by the rows of the cover's grid that their y-range reaches, so locating a
/// point reads only the segments of its row, without allocating.
/// </summary>
/// <remarks>
/// <see cref="Locate"/> counts the crossings of a horizontal ray to the right of the point with
/// NetTopologySuite's <see cref="RayCrossingCounter"/> rules (a segment whose y-range does not
/// hold the point cannot count, so reading a row instead of an interval index changes nothing)
/// and the same robust orientation test, <see cref="CGAlgorithmsDD.OrientationIndex(double, double, double, double, double, double)"/>:
/// it answers exactly as <c>IndexedPointInAreaLocator</c> does, boundary included. Immutable; thread-safe.
/// </remarks>
internal sealed class RowEdges
{
    private readonly int _firstRow;
    private readonly int[] _start;
    private readonly double[] _xy;

    /// <param name="polygon">A polygon or multipolygon.</param>
    /// <param name="rowOf">The grid row of a y value; must not decrease as y grows.</param>
    public RowEdges(Geometry polygon, Func<double, int> rowOf)
    {
        var segments = new List<(double X1, double Y1, double X2, double Y2, int Row0, int Row1)>();
        for (var g = 0; g < polygon.NumGeometries; g++)
        {
            if (polygon.GetGeometryN(g) is not Polygon part)
            {
                continue;
            }

            Add(part.ExteriorRing.CoordinateSequence, rowOf, segments);
            foreach (var hole in part.InteriorRings)
            {
                Add(hole.CoordinateSequence, rowOf, segments);
            }
        }

        if (segments.Count == 0)
        {
            (_firstRow, _start, _xy) = (0, [0], []);
            return;
        }

        _firstRow = segments.Min(s => s.Row0);
        var rows = segments.Max(s => s.Row1) - _firstRow + 1;
        _start = new int[rows + 1];
        foreach (var s in segments)
        {
            for (var r = s.Row0; r <= s.Row1; r++)
            {
                _start[r - _firstRow + 1]++;
            }
        }

        for (var r = 0; r < rows; r++)
        {
            _start[r + 1] += _start[r];
        }

        _xy = new double[_start[rows] * 4];
        var fill = (int[])_start.Clone();
        foreach (var s in segments)
        {
            for (var r = s.Row0; r <= s.Row1; r++)
            {
                var at = fill[r - _firstRow]++ * 4;
                (_xy[at], _xy[at + 1], _xy[at + 2], _xy[at + 3]) = (s.X1, s.Y1, s.X2, s.Y2);
            }
        }
    }

    /// <summary>Segments stored, counting a segment once per row it reaches.</summary>
    public int Stored => _xy.Length / 4;

    /// <summary>Where (x, y) lies, given the grid row of y: interior, boundary or exterior.</summary>
    public Location Locate(double x, double y, int row)
    {
        var r = row - _firstRow;
        if ((uint)r >= (uint)(_start.Length - 1))
        {
            return Location.Exterior;
        }

        var xy = _xy;
        var crossings = 0;
        for (int i = _start[r] * 4, end = _start[r + 1] * 4; i < end; i += 4)
        {
            double x1 = xy[i], y1 = xy[i + 1], x2 = xy[i + 2], y2 = xy[i + 3];
            if (x1 < x && x2 < x)
            {
                continue;
            }

            if (x == x2 && y == y2)
            {
                return Location.Boundary;
            }

            if (y1 == y && y2 == y)
            {
                if (x >= Math.Min(x1, x2) && x <= Math.Max(x1, x2))
                {
                    return Location.Boundary;
                }

                continue;
            }

            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y))
            {
                var orientation = CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == 0)
                {
                    return Location.Boundary;
                }

                // Counted when the point lies left of the segment taken upwards.
                crossings += (y2 < y1 ? -orientation : orientation) > 0 ? 1 : 0;
            }
        }

        return (crossings & 1) == 1 ? Location.Interior : Location.Exterior;
    }

    private static void Add(CoordinateSequence ring, Func<double, int> rowOf, List<(double, double, double, double, int, int)> segments)
    {
        for (var i = 1; i < ring.Count; i++)
        {
            var (x1, y1, x2, y2) = (ring.GetX(i - 1), ring.GetY(i - 1), ring.GetX(i), ring.GetY(i));
            segments.Add((x1, y1, x2, y2, rowOf(Math.Min(y1, y2)), rowOf(Math.Max(y1, y2))));
        }
    }
}
