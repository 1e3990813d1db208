namespace Truce.Geo.Deconfliction;

/// <summary>
/// A regular longitude/latitude grid over the zones, each cell listing the zones whose envelope,
/// grown by their reach plus the grid's strike radius, overlaps it (compressed sparse rows). A
/// point outside every listed envelope is clear after one array lookup.
/// </summary>
/// <remarks>Immutable after construction; thread-safe. Memory: 4 bytes a cell plus 4 a registration.</remarks>
internal sealed class SiteGrid
{
    private readonly double _minLon;
    private readonly double _minLat;
    private readonly double _perCell;
    private readonly int _nx;
    private readonly int _ny;
    private readonly int[] _offsets;
    private readonly int[] _items;

    public SiteGrid(ProtectionZone[] zones, double strikeRadiusMetres, int maxCells)
    {
        var boxes = new (double MinLon, double MinLat, double MaxLon, double MaxLat)[zones.Length];
        double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
        var heights = new double[zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            var env = zones[i].Shifted.EnvelopeInternal;
            var (dLat, dLon) = zones[i].Degrees(zones[i].ReachMetres + strikeRadiusMetres);
            boxes[i] = (env.MinX - dLon, env.MinY - dLat, env.MaxX + dLon, env.MaxY + dLat);
            heights[i] = boxes[i].MaxLat - boxes[i].MinLat;
            minLon = Math.Min(minLon, boxes[i].MinLon);
            minLat = Math.Min(minLat, boxes[i].MinLat);
            maxLon = Math.Max(maxLon, boxes[i].MaxLon);
            maxLat = Math.Max(maxLat, boxes[i].MaxLat);
        }

        if (zones.Length == 0)
        {
            (minLon, minLat, maxLon, maxLat) = (0, 0, 1, 1);
        }

        // A cell about half a typical grown envelope high: few candidates per cell, few cells per zone.
        Array.Sort(heights);
        var cell = zones.Length == 0 ? 1 : Math.Max(heights[heights.Length / 2] / 2, 1e-6);
        var width = maxLon - minLon;
        var height = maxLat - minLat;
        cell = Math.Max(cell, Math.Sqrt(width * height / maxCells) * 1.01);
        _nx = Math.Max(1, (int)Math.Ceiling(width / cell));
        _ny = Math.Max(1, (int)Math.Ceiling(height / cell));
        while ((long)_nx * _ny > maxCells)
        {
            cell *= 1.1;
            _nx = Math.Max(1, (int)Math.Ceiling(width / cell));
            _ny = Math.Max(1, (int)Math.Ceiling(height / cell));
        }

        (_minLon, _minLat, _perCell) = (minLon, minLat, 1 / cell);
        var counts = new int[(_nx * _ny) + 1];
        ForEachCell(boxes, (cellIndex, _) => counts[cellIndex + 1]++);
        for (var c = 1; c < counts.Length; c++)
        {
            counts[c] += counts[c - 1];
        }

        _offsets = counts;
        _items = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        ForEachCell(boxes, (cellIndex, zone) => _items[fill[cellIndex]++] = zone);
    }

    /// <summary>Cells in the grid.</summary>
    public int Cells => _nx * _ny;

    /// <summary>Zone registrations over all cells.</summary>
    public int Registrations => _items.Length;

    /// <summary>The zones registered in the cell holding (latitude, longitude): an empty span outside the grid.</summary>
    public ReadOnlySpan<int> Candidates(double latitude, double longitude)
    {
        var x = (longitude - _minLon) * _perCell;
        var y = (latitude - _minLat) * _perCell;

        // Written so that NaN falls out too.
        if (!(x >= 0 && x < _nx && y >= 0 && y < _ny))
        {
            return [];
        }

        var c = ((int)y * _nx) + (int)x;
        var start = _offsets[c];
        return _items.AsSpan(start, _offsets[c + 1] - start);
    }

    private void ForEachCell((double MinLon, double MinLat, double MaxLon, double MaxLat)[] boxes, Action<int, int> visit)
    {
        for (var i = 0; i < boxes.Length; i++)
        {
            var x0 = Clamp((boxes[i].MinLon - _minLon) * _perCell, _nx);
            var x1 = Clamp((boxes[i].MaxLon - _minLon) * _perCell, _nx);
            var y0 = Clamp((boxes[i].MinLat - _minLat) * _perCell, _ny);
            var y1 = Clamp((boxes[i].MaxLat - _minLat) * _perCell, _ny);
            for (var y = y0; y <= y1; y++)
            {
                for (var x = x0; x <= x1; x++)
                {
                    visit((y * _nx) + x, i);
                }
            }
        }
    }

    private static int Clamp(double v, int n) => Math.Clamp((int)Math.Floor(v), 0, n - 1);
}
