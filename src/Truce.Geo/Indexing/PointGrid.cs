namespace Truce.Geo.Indexing;

/// <summary>
/// A fixed set of points (e.g. stored events), sorted by the cell of a longitude/latitude grid
/// they fall in, row by row, so that the points in a box are a few contiguous runs (one per grid
/// row the box spans): the index a query from the other side — each protected site asking which
/// points lie within its reach — scans, as a PostGIS query driven from the sites probes the
/// points' GiST index.
/// </summary>
/// <remarks>
/// Cells are about <c>cellMetres</c> square at the points' middle latitude, at most
/// <c>maxCells</c> of them (cells grow until the points' extent fits). Building is a counting
/// sort: O(points + cells). Memory: 20 bytes a point plus 4 a cell. Immutable after construction;
/// thread-safe.
/// </remarks>
public sealed class PointGrid
{
    private const double MetresPerDegree = 111_320;

    private readonly double[] _lat;
    private readonly double[] _lon;
    private readonly int[] _source;
    private readonly int[] _start;
    private readonly double _minLat;
    private readonly double _minLon;
    private readonly double _perLat;
    private readonly double _perLon;
    private readonly int _rows;
    private readonly int _cols;

    /// <summary>Indexes the points (latitudes[i], longitudes[i]) in degrees; point i keeps its position i as its id.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not a WGS 84 one (NaN, |latitude| &gt; 90 or |longitude| &gt; 180), naming the point; or the cell size or count is not positive.</exception>
    public PointGrid(ReadOnlySpan<double> latitudes, ReadOnlySpan<double> longitudes, double cellMetres = 500, int maxCells = 1 << 22)
    {
        if (latitudes.Length != longitudes.Length)
        {
            throw new ArgumentException($"{latitudes.Length} latitudes but {longitudes.Length} longitudes.", nameof(longitudes));
        }

        if (!(double.IsFinite(cellMetres) && cellMetres > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(cellMetres), cellMetres, "must be finite and positive");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCells);
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (var i = 0; i < latitudes.Length; i++)
        {
            var (lat, lon) = (latitudes[i], longitudes[i]);
            if (!(Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180))
            {
                throw new ArgumentOutOfRangeException(nameof(latitudes), $"Point {i}: ({lat}, {lon}) is not a WGS 84 coordinate.");
            }

            (minLat, maxLat, minLon, maxLon) = (Math.Min(minLat, lat), Math.Max(maxLat, lat), Math.Min(minLon, lon), Math.Max(maxLon, lon));
        }

        Count = latitudes.Length;
        if (Count == 0)
        {
            (minLat, maxLat, minLon, maxLon) = (0, 0, 0, 0);
        }

        var cellLat = cellMetres / MetresPerDegree;
        var cellLon = cellLat / Math.Max(0.01, Math.Cos((minLat + maxLat) / 2 * Math.PI / 180));
        while (Cells(maxLat - minLat, cellLat) * Cells(maxLon - minLon, cellLon) > maxCells)
        {
            (cellLat, cellLon) = (cellLat * 1.25, cellLon * 1.25);
        }

        (_minLat, _minLon, _perLat, _perLon) = (minLat, minLon, 1 / cellLat, 1 / cellLon);
        (_rows, _cols) = ((int)Cells(maxLat - minLat, cellLat), (int)Cells(maxLon - minLon, cellLon));
        _start = new int[(_rows * _cols) + 1];
        var cellOf = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            cellOf[i] = (Row(latitudes[i]) * _cols) + Col(longitudes[i]);
            _start[cellOf[i] + 1]++;
        }

        for (var c = 1; c < _start.Length; c++)
        {
            _start[c] += _start[c - 1];
        }

        (_lat, _lon, _source) = (new double[Count], new double[Count], new int[Count]);
        var fill = _start.AsSpan(0, _start.Length - 1).ToArray();
        for (var i = 0; i < Count; i++)
        {
            var at = fill[cellOf[i]]++;
            (_lat[at], _lon[at], _source[at]) = (latitudes[i], longitudes[i], i);
        }
    }

    /// <summary>Number of points indexed.</summary>
    public int Count { get; }

    /// <summary>Number of grid cells.</summary>
    public int CellCount => _rows * _cols;

    /// <summary>
    /// Adds to <paramref name="into"/> the ids of the points in the box [south, north] × [west, east]
    /// (degrees) grown on every side by degrees that certainly cover <paramref name="metres"/>: every
    /// point within that many geodesic metres of the box, and some farther ones (candidates for an
    /// exact test). Boxes must not cross the antimeridian.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metres"/> is negative or not finite.</exception>
    public void Near(double south, double west, double north, double east, double metres, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (!(double.IsFinite(metres) && metres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(metres), metres, "must be finite and not negative");
        }

        var (dLat, dLon) = Deconfliction.ProtectionZone.Conservative(metres, Math.Max(Math.Abs(south), Math.Abs(north)));
        (south, north, west, east) = (south - dLat, north + dLat, west - dLon, east + dLon);
        var (first, last) = RowsOf(south, north);
        for (var row = first; row <= last; row++)
        {
            var (start, end) = InRow(row, west, east);
            for (var k = start; k < end; k++)
            {
                if (_lat[k] >= south && _lat[k] <= north && _lon[k] >= west && _lon[k] <= east)
                {
                    into.Add(_source[k]);
                }
            }
        }
    }

    /// <summary>Latitudes in grid order (position k is the point <see cref="Source"/>[k]).</summary>
    internal ReadOnlySpan<double> Latitudes => _lat;

    /// <summary>Longitudes in grid order.</summary>
    internal ReadOnlySpan<double> Longitudes => _lon;

    /// <summary>The caller's position of each point, in grid order.</summary>
    internal ReadOnlySpan<int> Source => _source;

    /// <summary>The grid rows a latitude band [south, north] touches (empty when it misses the points' extent).</summary>
    internal (int First, int Last) RowsOf(double south, double north) => Span(south, north, _minLat, _perLat, _rows);

    /// <summary>
    /// The grid-order positions [start, end) of the points in row <paramref name="row"/> whose cells a
    /// longitude band [west, east] touches: a superset of the row's points within the band.
    /// </summary>
    internal (int Start, int End) InRow(int row, double west, double east)
    {
        var (first, last) = Span(west, east, _minLon, _perLon, _cols);
        return first > last ? (0, 0) : (_start[(row * _cols) + first], _start[(row * _cols) + last + 1]);
    }

    private static long Cells(double extent, double cell) => (long)(extent / cell) + 1;

    private static (int First, int Last) Span(double low, double high, double min, double per, int count)
    {
        var first = Math.Floor((low - min) * per);
        var last = Math.Floor((high - min) * per);
        return !(last >= 0 && first < count) ? (1, 0) : ((int)Math.Max(0, first), (int)Math.Min(count - 1, last));
    }

    private int Row(double latitude) => Math.Min(_rows - 1, (int)((latitude - _minLat) * _perLat));

    private int Col(double longitude) => Math.Min(_cols - 1, (int)((longitude - _minLon) * _perLon));
}
