using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Truce.Geo.Indexing;

/// <summary>
/// Point-in-polygon over a polygonal coverage (polygons that do not overlap, like admin layers),
/// accelerated by a uniform grid: a cell that lies properly inside one polygon answers at once; a
/// cell crossed by boundaries keeps its candidate polygons, tested with indexed point locators.
/// </summary>
/// <remarks>
/// A point on a polygon's boundary counts as inside it. A point on a boundary shared by several
/// polygons goes to the one that comes first in the order given to the constructor, so callers
/// that sort by P-code get a rule they can state. Lookups are O(1) for interior cells and
/// O(log n) per candidate elsewhere. Thread-safe after construction (all locators are built eagerly).
/// </remarks>
public sealed class PolygonGrid
{
    private const int NoPolygon = -1;
    private const int Mixed = -2;

    private readonly IPointOnGeometryLocator[] _locators;
    private readonly Envelope[] _envelopes;
    private readonly Envelope _extent;
    private readonly int _cols;
    private readonly int _rows;
    private readonly double _cellWidth;
    private readonly double _cellHeight;
    private readonly int[] _cellOwner;
    private readonly int[][] _cellCandidates;

    /// <param name="polygons">Polygons in precedence order (earlier wins on shared boundaries).</param>
    /// <param name="cellsPerSide">Grid resolution along the longer side of the extent.</param>
    public PolygonGrid(IReadOnlyList<Geometry> polygons, int cellsPerSide = 160)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellsPerSide, 1);
        _locators = new IPointOnGeometryLocator[polygons.Count];
        _envelopes = new Envelope[polygons.Count];
        _extent = new Envelope();
        var tree = new STRtree<int>();
        for (var i = 0; i < polygons.Count; i++)
        {
            var locator = new IndexedPointInAreaLocator(polygons[i]);
            locator.Locate(polygons[i].Centroid.Coordinate); // builds the index now, not under concurrent use
            _locators[i] = locator;
            _envelopes[i] = polygons[i].EnvelopeInternal;
            _extent.ExpandToInclude(polygons[i].EnvelopeInternal);
            tree.Insert(polygons[i].EnvelopeInternal, i);
        }

        if (polygons.Count == 0)
        {
            _cols = _rows = 0;
            _cellOwner = [];
            _cellCandidates = [];
            return;
        }

        tree.Build();
        var longer = Math.Max(_extent.Width, _extent.Height);
        var cell = longer / cellsPerSide;
        _cols = Math.Max(1, (int)Math.Ceiling(_extent.Width / cell));
        _rows = Math.Max(1, (int)Math.Ceiling(_extent.Height / cell));
        _cellWidth = _extent.Width / _cols;
        _cellHeight = _extent.Height / _rows;
        _cellOwner = new int[_cols * _rows];
        _cellCandidates = new int[_cols * _rows][];
        var prepared = new IPreparedGeometry?[polygons.Count];
        var factory = polygons[0].Factory;
        for (var r = 0; r < _rows; r++)
        {
            for (var c = 0; c < _cols; c++)
            {
                var env = CellEnvelope(c, r);
                var hits = tree.Query(env).ToArray();
                Array.Sort(hits);
                var index = (r * _cols) + c;
                _cellCandidates[index] = hits;
                _cellOwner[index] = hits.Length == 0 ? NoPolygon : Mixed;
                if (hits.Length == 0)
                {
                    continue;
                }

                // A hair wider than the cell, so rounding in Locate's cell arithmetic cannot put a
                // point just outside the box that was proven to lie inside one polygon.
                var box = factory.ToGeometry(new Envelope(env.MinX - 1e-9, env.MaxX + 1e-9, env.MinY - 1e-9, env.MaxY + 1e-9));
                foreach (var h in hits)
                {
                    prepared[h] ??= PreparedGeometryFactory.Prepare(polygons[h]);
                    if (prepared[h]!.ContainsProperly(box))
                    {
                        _cellOwner[index] = h;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Number of polygons indexed.</summary>
    public int Count => _locators.Length;

    /// <summary>Index of the polygon containing (x, y), boundary included; -1 when none does.</summary>
    public int Locate(double x, double y)
    {
        if (_cols == 0 || double.IsNaN(x) || double.IsNaN(y) || !_extent.Covers(x, y))
        {
            return NoPolygon;
        }

        var c = Math.Min(_cols - 1, (int)((x - _extent.MinX) / _cellWidth));
        var r = Math.Min(_rows - 1, (int)((y - _extent.MinY) / _cellHeight));
        var index = (r * _cols) + c;
        var owner = _cellOwner[index];
        if (owner != Mixed)
        {
            return owner;
        }

        var coordinate = new Coordinate(x, y);
        foreach (var candidate in _cellCandidates[index])
        {
            if (_envelopes[candidate].Covers(x, y) && _locators[candidate].Locate(coordinate) != Location.Exterior)
            {
                return candidate;
            }
        }

        return NoPolygon;
    }

    private Envelope CellEnvelope(int c, int r)
    {
        var x0 = _extent.MinX + (c * _cellWidth);
        var y0 = _extent.MinY + (r * _cellHeight);
        return new Envelope(x0, x0 + _cellWidth, y0, y0 + _cellHeight);
    }
}
