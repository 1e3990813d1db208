using System.Buffers;
using Truce.Domain.Adjudication;
using Truce.Storage.Queries;

namespace Truce.Server.Map;

internal sealed partial class MapIndex
{
    /// <summary>The most grid cells one bins query may span (the box divided by the cell size).</summary>
    public const long MaxCells = 1 << 20;

    /// <summary>
    /// The events of [<paramref name="from"/>, <paramref name="to"/>] inside <paramref name="box"/>,
    /// aggregated into square cells of <paramref name="cell"/> degrees on a grid anchored at
    /// (0°, 0°), so cells do not move when the box pans. Cells without events are left out; cells
    /// come in row-major order from the south-west.
    /// </summary>
    /// <remarks>One binary search and one pass over the window: O(events in window + cells).</remarks>
    public MapBins Bins(BoundingBox box, DateOnly? from, DateOnly? to, double cell)
    {
        var (x0, y0) = ((long)Math.Floor(box.West / cell), (long)Math.Floor(box.South / cell));
        var (nx, ny) = ((int)((long)Math.Floor(box.East / cell) - x0 + 1), (int)((long)Math.Floor(box.North / cell) - y0 + 1));
        var (a, slots) = (Agreements.Count, Slots);
        var cells = nx * ny;
        var map = ArrayPool<int>.Shared.Rent(cells);
        try
        {
            Array.Fill(map, -1, 0, cells);
            var acc = new Accumulator(slots, a);
            var (start, end) = Days(from, to);
            long total = 0, best = 0;
            for (var i = start; i < end; i++)
            {
                var (lon, lat) = (_lon[i], _lat[i]);
                if (!box.Contains(lon, lat))
                {
                    continue;
                }

                var cx = Math.Clamp((int)((long)Math.Floor(lon / cell) - x0), 0, nx - 1);
                var cy = Math.Clamp((int)((long)Math.Floor(lat / cell) - y0), 0, ny - 1);
                ref var slot = ref map[(cy * nx) + cx];
                if (slot < 0)
                {
                    slot = acc.Add((cy * nx) + cx);
                }

                total++;
                best += _best[i];
                acc.Count[slot]++;
                acc.Best[slot] += _best[i];
                var outcomes = _outcome.AsSpan(i * slots, slots);
                var violations = acc.Violations.AsSpan(slot * slots, slots);
                for (var k = 0; k < outcomes.Length; k++)
                {
                    violations[k] += outcomes[k] == (byte)VerdictOutcome.Violation ? 1 : 0;
                }

                for (var g = 0; g < a; g++)
                {
                    acc.Disputed[(slot * a) + g] += _disputed[(i * a) + g] ? 1 : 0;
                }
            }

            var order = Enumerable.Range(0, acc.Used).OrderBy(k => acc.Cell[k]).ToArray();
            var result = new MapBin[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                var k = order[r];
                var (cx, cy) = (acc.Cell[k] % nx, acc.Cell[k] / nx);
                result[r] = new MapBin(
                    Math.Round((x0 + cx + 0.5) * cell, 6), Math.Round((y0 + cy + 0.5) * cell, 6), acc.Count[k], acc.Best[k],
                    acc.Violations.AsSpan(k * slots, slots).ToArray(), acc.Disputed.AsSpan(k * a, a).ToArray());
            }

            return new MapBins(Agreements, Stakeholders, FirstDay, LastDay, from, to, cell, total, best, result);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>Per-cell sums, grown as cells are met (most queries touch few of the cells they span).</summary>
    private sealed class Accumulator(int slots, int agreements)
    {
        public int[] Cell = new int[64];
        public int[] Count = new int[64];
        public long[] Best = new long[64];
        public int[] Violations = new int[64 * slots];
        public int[] Disputed = new int[64 * agreements];

        public int Used { get; private set; }

        public int Add(int cell)
        {
            if (Used == Cell.Length)
            {
                var size = Used * 2;
                Array.Resize(ref Cell, size);
                Array.Resize(ref Count, size);
                Array.Resize(ref Best, size);
                Array.Resize(ref Violations, size * slots);
                Array.Resize(ref Disputed, size * agreements);
            }

            Cell[Used] = cell;
            return Used++;
        }
    }
}
