using NetTopologySuite.Geometries;

namespace Truce.Geo.Indexing;

public sealed partial class PolygonCover
{
    private const double Margin = 1e-9;
    private const long MaxCells = 8_000_000;

    /// <param name="polygons">Polygons or multipolygons in (x, y); their positions are the indexes returned.</param>
    /// <param name="cellSize">Cell size in the polygons' units; 0 chooses a sixteenth of the first-quartile polygon's narrower side.</param>
    public PolygonCover(IReadOnlyList<Geometry> polygons, double cellSize = 0)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        ArgumentOutOfRangeException.ThrowIfNegative(cellSize);
        _envelopes = new Envelope[polygons.Count];
        var extent = new Envelope();
        for (var i = 0; i < polygons.Count; i++)
        {
            _envelopes[i] = polygons[i].EnvelopeInternal;
            extent.ExpandToInclude(_envelopes[i]);
        }

        if (extent.IsNull)
        {
            (_minX, _minY, _maxX, _maxY) = (0, 0, -1, -1);
            _blocks = _cells = [];
            _mixedFull = _mixedCandidates = [];
            _edges = [.. polygons.Select(p => new RowEdges(p, _ => 0))];
            return;
        }

        (_minX, _minY, _maxX, _maxY) = (extent.MinX, extent.MinY, extent.MaxX, extent.MaxY);
        CellSize = cellSize > 0 ? cellSize : ChooseCellSize(_envelopes);
        _inverseCell = 1 / CellSize;
        _cols = (int)(extent.Width * _inverseCell) + 1;
        _rows = (int)(extent.Height * _inverseCell) + 1;
        _blockCols = (_cols + Mask) >> Shift;
        _blocks = new int[_blockCols * ((_rows + Mask) >> Shift)];
        Array.Fill(_blocks, None);
        _edges = [.. polygons.Select(p => new RowEdges(p, RowOf))];

        var table = new CellTable(_blocks, _blockCols);
        var crossed = new HashSet<long>();
        for (var p = 0; p < polygons.Count; p++)
        {
            crossed.Clear();
            AddPolygon(polygons[p], p, crossed, table);
        }

        (_cells, _mixedFull, _mixedCandidates, MaxCover) = table.Finish();
    }

    private void AddPolygon(Geometry polygon, int p, HashSet<long> crossed, CellTable table)
    {
        for (var g = 0; g < polygon.NumGeometries; g++)
        {
            if (polygon.GetGeometryN(g) is not Polygon part)
            {
                continue;
            }

            MarkRing(part.ExteriorRing.CoordinateSequence, crossed);
            foreach (var hole in part.InteriorRings)
            {
                MarkRing(hole.CoordinateSequence, crossed);
            }
        }

        var env = _envelopes[p];
        var (x0, x1, y0, y1) = (CellX(env.MinX - Margin), CellX(env.MaxX + Margin), CellY(env.MinY - Margin), CellY(env.MaxY + Margin));
        for (var gy = y0; gy <= y1; gy++)
        {
            // A run of unmarked cells along a row holds no boundary point, so it lies wholly inside or wholly outside: one test decides it.
            bool? inside = null;
            for (var gx = x0; gx <= x1; gx++)
            {
                var id = ((long)gy * _cols) + gx;
                if (crossed.Contains(id))
                {
                    table.Add(gx, gy, (2 * p) + 1);
                    inside = null;
                    continue;
                }

                if (inside is null)
                {
                    var (cx, cy) = (_minX + ((gx + 0.5) * CellSize), _minY + ((gy + 0.5) * CellSize));
                    inside = _edges[p].Locate(cx, cy, RowOf(cy)) == Location.Interior;
                }

                if (inside.Value)
                {
                    table.Add(gx, gy, 2 * p);
                }
            }
        }
    }

    private void MarkRing(CoordinateSequence ring, HashSet<long> crossed)
    {
        for (var i = 1; i < ring.Count; i++)
        {
            var (ax, ay, bx, by) = (ring.GetX(i - 1), ring.GetY(i - 1), ring.GetX(i), ring.GetY(i));
            var pieces = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(bx - ax), Math.Abs(by - ay)) * _inverseCell * 2));
            for (var k = 0; k < pieces; k++)
            {
                double s0 = (double)k / pieces, s1 = (double)(k + 1) / pieces;
                var (px, py, qx, qy) = (ax + ((bx - ax) * s0), ay + ((by - ay) * s0), ax + ((bx - ax) * s1), ay + ((by - ay) * s1));
                int cx0 = CellX(Math.Min(px, qx) - Margin), cx1 = CellX(Math.Max(px, qx) + Margin);
                int cy0 = CellY(Math.Min(py, qy) - Margin), cy1 = CellY(Math.Max(py, qy) + Margin);
                for (var gy = cy0; gy <= cy1; gy++)
                {
                    for (var gx = cx0; gx <= cx1; gx++)
                    {
                        crossed.Add(((long)gy * _cols) + gx);
                    }
                }
            }
        }
    }

    private int CellX(double x) => Math.Clamp((int)Math.Floor((x - _minX) * _inverseCell), 0, _cols - 1);

    private int CellY(double y) => Math.Clamp((int)Math.Floor((y - _minY) * _inverseCell), 0, _rows - 1);

    /// <summary>
    /// A sixteenth of the first-quartile polygon's narrower side (for the 272 Syrian admin3 polygons, 0.007°: nine points in ten
    /// then land in a cell no boundary crosses), widened until the envelopes span at most <see cref="MaxCells"/> cells.
    /// </summary>
    private static double ChooseCellSize(Envelope[] envelopes)
    {
        var sides = envelopes.Select(e => Math.Min(e.Width, e.Height)).Where(s => s > 0).Order().ToArray();
        var size = sides.Length == 0 ? 1e-3 : sides[sides.Length / 4] / 16;
        while (envelopes.Sum(e => ((e.Width / size) + 2) * ((e.Height / size) + 2)) > MaxCells)
        {
            size *= 1.5;
        }

        return size;
    }
}
