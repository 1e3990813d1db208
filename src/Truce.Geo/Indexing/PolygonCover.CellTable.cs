namespace Truce.Geo.Indexing;

public sealed partial class PolygonCover
{
    /// <summary>
    /// The cells being built, in the final block layout: a cell reached by one polygon holds that
    /// entry itself (2p inside p, 2p + 1 crossed by p's boundary), so only cells that several
    /// polygons reach (along shared boundaries) need a list. Building the 272 Syrian admin3
    /// polygons thus allocates a few megabytes instead of a list per cell.
    /// </summary>
    private sealed class CellTable(int[] blocks, int blockCols)
    {
        private readonly List<List<int>> _shared = [];
        private int[] _cells = NewCells(16);
        private int _blockCount;

        /// <summary>Records that polygon entry <paramref name="entry"/> reaches cell (gx, gy); a polygon reaches a cell at most once.</summary>
        public void Add(int gx, int gy, int entry)
        {
            ref var block = ref blocks[((gy >> Shift) * blockCols) + (gx >> Shift)];
            if (block == None)
            {
                block = _blockCount++;
                if (_blockCount << (2 * Shift) > _cells.Length)
                {
                    var grown = NewCells(_blockCount * 2);
                    _cells.CopyTo(grown, 0);
                    _cells = grown;
                }
            }

            ref var cell = ref _cells[(block << (2 * Shift)) + ((gy & Mask) << Shift) + (gx & Mask)];
            if (cell == None)
            {
                cell = entry;
            }
            else if (cell >= 0)
            {
                _shared.Add([cell, entry]);
                cell = -2 - (_shared.Count - 1);
            }
            else
            {
                _shared[-2 - cell].Add(entry);
            }
        }

        /// <summary>
        /// The cells as lookups read them: p for a cell inside p alone, None, or -2 - k for the k-th
        /// mixed cell, whose polygons are split into those containing it and those to test.
        /// </summary>
        public (int[] Cells, int[][] Full, int[][] Candidates, int MaxCover) Finish()
        {
            var cells = _cells[..(_blockCount << (2 * Shift))];
            var full = new List<int[]>();
            var candidates = new List<int[]>();
            var crossedBy = new Dictionary<int, int>(); // a cell only p's boundary crosses: one shared mixed entry per p
            var maxCover = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                var value = cells[i];
                if (value == None)
                {
                    continue;
                }

                if (value >= 0)
                {
                    maxCover = Math.Max(maxCover, 1);
                    if (value % 2 == 0)
                    {
                        cells[i] = value / 2;
                        continue;
                    }

                    if (!crossedBy.TryGetValue(value / 2, out var mixed))
                    {
                        mixed = full.Count;
                        crossedBy[value / 2] = mixed;
                        full.Add([]);
                        candidates.Add([value / 2]);
                    }

                    cells[i] = -2 - mixed;
                    continue;
                }

                var list = _shared[-2 - value];
                maxCover = Math.Max(maxCover, list.Count);
                cells[i] = -2 - full.Count;
                full.Add([.. list.Where(e => e % 2 == 0).Select(e => e / 2).Order()]);
                candidates.Add([.. list.Where(e => e % 2 == 1).Select(e => e / 2).Order()]);
            }

            return (cells, [.. full], [.. candidates], maxCover);
        }

        private static int[] NewCells(int blockCount)
        {
            var cells = new int[blockCount << (2 * Shift)];
            Array.Fill(cells, None);
            return cells;
        }
    }
}
