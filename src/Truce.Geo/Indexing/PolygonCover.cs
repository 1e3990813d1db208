using NetTopologySuite.Geometries;

namespace Truce.Geo.Indexing;

/// <summary>
/// Every polygon that covers a point (boundary included), for polygons that may share boundaries
/// or overlap: a point on a boundary shared by two polygons is in both, and both are returned
/// (<see cref="LocateFirst"/> picks the first, for coverages such as admin layers). A uniform grid of small
/// cells, stored only in 16 × 16 blocks that some polygon reaches; a cell no boundary comes near
/// answers at once with the polygons that contain it, a cell a boundary crosses keeps those
/// polygons as candidates, tested against the polygon's segments in the cell's grid row
/// (<see cref="RowEdges"/>: the rules and robust arithmetic of NetTopologySuite's point locators,
/// without their allocations).
/// </summary>
/// <remarks>
/// A cell is marked as crossed by a polygon when any piece (at most half a cell long) of any of
/// its rings, widened by 1e-9 degrees, reaches it; an unmarked cell lies wholly inside or wholly
/// outside the polygon, which its centre decides. Lookups are O(1) on unmarked cells and
/// O(segments in the row) per candidate otherwise, without allocation. Building is linear in the cells the
/// polygons' envelopes span. Thread-safe after construction.
/// </remarks>
public sealed partial class PolygonCover
{
    private const int Shift = 4;
    private const int Side = 1 << Shift;
    private const int Mask = Side - 1;
    private const int None = -1;

    private readonly RowEdges[] _edges;
    private readonly Envelope[] _envelopes;
    private readonly double _minX;
    private readonly double _minY;
    private readonly double _maxX;
    private readonly double _maxY;
    private readonly double _inverseCell;
    private readonly int _cols;
    private readonly int _rows;
    private readonly int _blockCols;
    private readonly int[] _blocks;
    private readonly int[] _cells;
    private readonly int[][] _mixedFull;
    private readonly int[][] _mixedCandidates;

    /// <summary>Number of polygons indexed.</summary>
    public int Count => _envelopes.Length;

    /// <summary>Cell size in degrees.</summary>
    public double CellSize { get; }

    /// <summary>The most polygons any point can be in (the span <see cref="Locate"/> needs).</summary>
    public int MaxCover { get; }

    /// <summary>
    /// Writes into <paramref name="into"/> the indexes of the polygons covering (x, y) and returns
    /// how many; 0 when none does (or x or y is NaN).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="into"/> is shorter than <see cref="MaxCover"/> needs.</exception>
    public int Locate(double x, double y, Span<int> into)
    {
        if (!(x >= _minX && x <= _maxX && y >= _minY && y <= _maxY))
        {
            return 0;
        }

        var gx = Math.Min(_cols - 1, (int)((x - _minX) * _inverseCell));
        var gy = RowOf(y);
        var block = _blocks[((gy >> Shift) * _blockCols) + (gx >> Shift)];
        if (block == None)
        {
            return 0;
        }

        var value = _cells[(block << (2 * Shift)) + ((gy & Mask) << Shift) + (gx & Mask)];
        if (value >= 0)
        {
            into[0] = value;
            return 1;
        }

        if (value == None)
        {
            return 0;
        }

        var full = _mixedFull[-value - 2];
        var candidates = _mixedCandidates[-value - 2];
        if (into.Length < full.Length + candidates.Length)
        {
            throw new ArgumentException($"the span must hold {MaxCover} indexes (MaxCover)", nameof(into));
        }

        full.CopyTo(into);
        var n = full.Length;
        if (candidates.Length == 0)
        {
            return n;
        }

        foreach (var k in candidates)
        {
            if (_envelopes[k].Covers(x, y) && _edges[k].Locate(x, y, gy) != Location.Exterior)
            {
                into[n++] = k;
            }
        }

        return n;
    }

    /// <summary>
    /// The smallest index of the polygons covering (x, y), or -1 when none does (or x or y is NaN):
    /// over a coverage whose polygons share boundaries, a point on a shared boundary goes to the
    /// polygon given first, so callers that order the polygons get a rule they can state.
    /// </summary>
    public int LocateFirst(double x, double y)
    {
        Span<int> into = MaxCover <= 16 ? stackalloc int[16] : new int[MaxCover];
        var n = Locate(x, y, into);
        var first = n == 0 ? None : into[0];
        for (var i = 1; i < n; i++)
        {
            first = Math.Min(first, into[i]);
        }

        return first;
    }

    /// <summary>The grid row of y (not decreasing in y), shared by lookups and the segments' rows.</summary>
    private int RowOf(double y) => Math.Min(_rows - 1, (int)((y - _minY) * _inverseCell));
}
