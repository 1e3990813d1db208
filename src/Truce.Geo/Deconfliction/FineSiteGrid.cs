using System.Numerics;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// The zones near each cell of a fine longitude/latitude grid, for strikes of radius up to
/// <see cref="RadiusMetres"/>: a cell is marked when some zone's box (its shifted envelope grown
/// by <see cref="ProtectionZone.Degrees"/> of its reach plus that radius, which certainly holds
/// every point the zone can touch) reaches it, and lists those zones. Unmarked cells hold no
/// list: one bit each, so a country's bits stay in a core's cache and a point in an unmarked cell
/// is clear after one bit read; a marked cell's list is found by counting the marked cells before
/// it (a count per 64 cells, then a population count).
/// </summary>
/// <remarks>
/// Cells about half the median zone box high, at most <c>maxCells</c>. Memory: 1.06 bits a cell,
/// plus 4 bytes a marked cell and 4 a listing. Immutable after construction; thread-safe.
/// </remarks>
internal sealed class FineSiteGrid
{
    private readonly double _minLon;
    private readonly double _minLat;
    private readonly double _perCell;
    private readonly int _nx;
    private readonly int _ny;
    private readonly ulong[] _bits;
    private readonly int[] _before;
    private readonly int[] _offsets;
    private readonly int[] _items;

    public FineSiteGrid(ProtectionZone[] zones, double radiusMetres, long maxCells)
    {
        RadiusMetres = radiusMetres;
        var boxes = new (double MinLon, double MinLat, double MaxLon, double MaxLat)[zones.Length];
        double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
        for (var i = 0; i < zones.Length; i++)
        {
            var env = zones[i].Shifted.EnvelopeInternal;
            var (dLat, dLon) = zones[i].Degrees(zones[i].ReachMetres + radiusMetres);
            boxes[i] = (env.MinX - dLon, env.MinY - dLat, env.MaxX + dLon, env.MaxY + dLat);
            (minLon, minLat) = (Math.Min(minLon, boxes[i].MinLon), Math.Min(minLat, boxes[i].MinLat));
            (maxLon, maxLat) = (Math.Max(maxLon, boxes[i].MaxLon), Math.Max(maxLat, boxes[i].MaxLat));
        }

        if (zones.Length == 0)
        {
            (_bits, _before, _offsets, _items) = ([], [], [0], []);
            return;
        }

        var heights = boxes.Select(b => b.MaxLat - b.MinLat).Order().ToArray();
        var cell = Math.Max(heights[heights.Length / 2] / 2, 1e-6);

        // One cell to spare on the far sides, so a point on the extent's edge still falls in a cell.
        while ((Count(maxLon - minLon, cell) + 1) * (Count(maxLat - minLat, cell) + 1) > maxCells)
        {
            cell *= 1.25;
        }

        (_minLon, _minLat, _perCell) = (minLon, minLat, 1 / cell);
        (_nx, _ny) = ((int)Count(maxLon - minLon, cell) + 1, (int)Count(maxLat - minLat, cell) + 1);
        _bits = new ulong[(((long)_nx * _ny) + 63) / 64];
        ForEachCell(boxes, (c, _) => _bits[c >> 6] |= 1UL << (int)(c & 63));
        _before = new int[_bits.Length];
        for (var w = 1; w < _bits.Length; w++)
        {
            _before[w] = _before[w - 1] + BitOperations.PopCount(_bits[w - 1]);
        }

        var marked = _bits.Length == 0 ? 0 : _before[^1] + BitOperations.PopCount(_bits[^1]);
        _offsets = new int[marked + 1];
        ForEachCell(boxes, (c, _) => _offsets[Rank(c) + 1]++);
        for (var k = 0; k < marked; k++)
        {
            _offsets[k + 1] += _offsets[k];
        }

        _items = new int[_offsets[marked]];
        var fill = (int[])_offsets.Clone();
        ForEachCell(boxes, (c, zone) => _items[fill[Rank(c)]++] = zone);
    }

    /// <summary>The largest strike radius, in metres, the lists answer for.</summary>
    public double RadiusMetres { get; }

    /// <summary>
    /// The zones a strike of radius up to <see cref="RadiusMetres"/> at (latitude, longitude) may
    /// touch: empty outside every zone's box; otherwise every zone whose box reaches the point's cell.
    /// </summary>
    public ReadOnlySpan<int> Candidates(double latitude, double longitude)
    {
        var x = (longitude - _minLon) * _perCell;
        var y = (latitude - _minLat) * _perCell;

        // Written so that NaN falls out too.
        if (!(x >= 0 && x < _nx && y >= 0 && y < _ny))
        {
            return [];
        }

        var c = ((long)(int)y * _nx) + (int)x;
        var word = _bits[c >> 6];
        var bit = 1UL << (int)(c & 63);
        if ((word & bit) == 0)
        {
            return [];
        }

        var k = _before[c >> 6] + BitOperations.PopCount(word & (bit - 1));
        return _items.AsSpan(_offsets[k], _offsets[k + 1] - _offsets[k]);
    }

    /// <summary>The rank of a marked cell among the marked cells.</summary>
    private int Rank(long c) => _before[c >> 6] + BitOperations.PopCount(_bits[c >> 6] & ((1UL << (int)(c & 63)) - 1));

    private void ForEachCell((double MinLon, double MinLat, double MaxLon, double MaxLat)[] boxes, Action<long, int> visit)
    {
        // Widened by a millionth of a cell against rounding in Candidates' cell arithmetic.
        var margin = 1e-6 / _perCell;
        for (var i = 0; i < boxes.Length; i++)
        {
            var b = boxes[i];
            var (x0, x1) = (Clamp((b.MinLon - margin - _minLon) * _perCell, _nx), Clamp((b.MaxLon + margin - _minLon) * _perCell, _nx));
            var (y0, y1) = (Clamp((b.MinLat - margin - _minLat) * _perCell, _ny), Clamp((b.MaxLat + margin - _minLat) * _perCell, _ny));
            for (var y = y0; y <= y1; y++)
            {
                for (var x = x0; x <= x1; x++)
                {
                    visit(((long)y * _nx) + x, i);
                }
            }
        }
    }

    private static long Count(double span, double cell) => Math.Max(1, (long)Math.Ceiling(span / cell));

    private static int Clamp(double v, int n) => Math.Clamp((int)Math.Floor(v), 0, n - 1);
}
