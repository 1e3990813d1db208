using Truce.Geo.Geodesy;

namespace Truce.Geo.Control;

/// <summary>
/// The place locations in a uniform latitude/longitude grid whose cells are one search radius
/// high, stored cell by cell in flat arrays: a nearest search reads the few cells the radius
/// reaches, rejects with a cheap lower bound of the haversine value (no trigonometry, one branch)
/// every place beyond the radius or the nearest so far, then compares haversine values (no
/// arcsine) and checks a place's history only when it would be the new nearest.
/// </summary>
/// <remarks>No wrap-around at the antimeridian. Thread-safe after construction.</remarks>
internal sealed class PlaceIndex
{
    private const double Radians = Math.PI / 180;

    /// <summary>cos(i / 100 degrees) for i = 0 … 8,990.</summary>
    private static readonly double[] CosHundredths = [.. Enumerable.Range(0, 8_991).Select(i => Math.Cos(i / 100.0 * Radians))];

    private readonly double[] _latDeg;
    private readonly double[] _lat;
    private readonly double[] _cosLat;
    private readonly double[] _lonDeg;
    private readonly int[] _location;
    private readonly int[] _cellStart;
    private readonly ControlPeriods[] _periods;
    private readonly double _minLat;
    private readonly double _minLon;
    private readonly double _cell;
    private readonly int _cols;
    private readonly int _rows;
    private readonly double _radiusDeg;
    private readonly double _maxHaversine;
    private readonly bool _bounded;

    /// <param name="points">(latitude, longitude) of each location, in degrees.</param>
    /// <param name="periods">Each location's history.</param>
    /// <param name="radiusMetres">The search radius.</param>
    public PlaceIndex(IReadOnlyList<(double Lat, double Lon)> points, ControlPeriods[] periods, double radiusMetres)
    {
        _periods = periods;
        // A hair wider than the radius, so rounding cannot drop a place the haversine test would accept.
        _radiusDeg = (radiusMetres / GreatCircle.MeanRadiusMetres / Radians * (1 + 1e-9)) + 1e-12;
        _maxHaversine = GreatCircle.HaversineOfMetres(radiusMetres);
        _bounded = _maxHaversine < 0.25;
        _cell = Math.Max(_radiusDeg, 1e-6);
        if (points.Count == 0)
        {
            _latDeg = _lat = _cosLat = _lonDeg = [];
            _location = [];
            _cellStart = [0];
            return;
        }

        _minLat = points.Min(p => p.Lat);
        _minLon = points.Min(p => p.Lon);
        _rows = (int)((points.Max(p => p.Lat) - _minLat) / _cell) + 1;
        _cols = (int)((points.Max(p => p.Lon) - _minLon) / _cell) + 1;
        var order = Enumerable.Range(0, points.Count).OrderBy(i => Cell(points[i])).ThenBy(i => i).ToArray();
        _latDeg = [.. order.Select(i => points[i].Lat)];
        _lonDeg = [.. order.Select(i => points[i].Lon)];
        _lat = [.. _latDeg.Select(l => l * Radians)];
        _cosLat = [.. _lat.Select(Math.Cos)];
        _location = order;
        _cellStart = new int[(_rows * _cols) + 1];
        foreach (var i in order)
        {
            _cellStart[Cell(points[i]) + 1]++;
        }

        for (var c = 0; c < _rows * _cols; c++)
        {
            _cellStart[c + 1] += _cellStart[c];
        }
    }

    /// <summary>
    /// The nearest location within the radius with any record in force on the day, or -1; its
    /// haversine value; and whether another location lies at exactly the same distance.
    /// </summary>
    public int Nearest(double latitude, double longitude, int dayNumber, out double haversine, out bool tie)
    {
        haversine = double.PositiveInfinity;
        tie = false;
        if (!GetRange(latitude, longitude, out var r0, out var r1, out var c0, out var c1))
        {
            return -1;
        }

        var best = -1;
        var lat = latitude * Radians;
        var cosLat = Math.Cos(lat);
        for (var r = r0; r <= r1; r++)
        {
            for (var k = _cellStart[(r * _cols) + c0]; k < _cellStart[(r * _cols) + c1 + 1]; k++)
            {
                // One test, no trigonometry: the lower bound rejects places beyond the radius (the latitude band included) or
                // beyond the nearest so far; for radii too large for the bound, the latitude band alone.
                var deltaLongitude = (_lonDeg[k] - longitude) * Radians;
                var rejected = _bounded
                    ? CertainlyAbove(lat, cosLat, _lat[k], _cosLat[k], deltaLongitude, Math.Min(_maxHaversine, haversine))
                    : Math.Abs(_latDeg[k] - latitude) > _radiusDeg;
                if (rejected)
                {
                    continue;
                }

                var h = GreatCircle.Haversine(lat, cosLat, _lat[k], _cosLat[k], deltaLongitude);
                if (h > _maxHaversine || h > haversine || _periods[_location[k]].At(dayNumber).IsEmpty)
                {
                    continue;
                }

                tie = h == haversine;
                haversine = h;
                best = _location[k];
            }
        }

        return best;
    }

    /// <summary>Every active location at exactly this haversine value (after <see cref="Nearest"/> reported a tie).</summary>
    public List<int> AllAt(double latitude, double longitude, int dayNumber, double haversine)
    {
        var result = new List<int>();
        if (!GetRange(latitude, longitude, out var r0, out var r1, out var c0, out var c1))
        {
            return result;
        }

        var lat = latitude * Radians;
        for (var r = r0; r <= r1; r++)
        {
            for (var k = _cellStart[(r * _cols) + c0]; k < _cellStart[(r * _cols) + c1 + 1]; k++)
            {
                if (GreatCircle.Haversine(lat, Math.Cos(lat), _lat[k], _cosLat[k], (_lonDeg[k] - longitude) * Radians) == haversine
                    && !_periods[_location[k]].At(dayNumber).IsEmpty)
                {
                    result.Add(_location[k]);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// True when <see cref="GreatCircle.Haversine"/> of these arguments certainly exceeds <paramref name="limit"/> (&lt; 0.25),
    /// judged without trigonometry: with a = Δφ/2 and b = Δλ/2 as the haversine takes them, sin²y ≥ y² − y⁴/3 for every y,
    /// so a² − a⁴/3 + cos φ1 cos φ2 (b² − b⁴/3) is a lower bound of the exact value; the margin of 1e-9 (relative) covers
    /// the rounding of both computations many times over.
    /// </summary>
    private static bool CertainlyAbove(double latitude1, double cosLatitude1, double latitude2, double cosLatitude2, double deltaLongitude, double limit)
    {
        var a = (latitude2 - latitude1) * 0.5;
        var b = deltaLongitude * 0.5;
        var (a2, b2) = (a * a, b * b);
        var lower = (a2 - (a2 * a2 / 3)) + (cosLatitude1 * cosLatitude2 * (b2 - (b2 * b2 / 3)));
        return lower > limit * (1 + 1e-9);
    }

    /// <summary>The rows and columns of cells the radius reaches from the point.</summary>
    private bool GetRange(double latitude, double longitude, out int r0, out int r1, out int c0, out int c1)
    {
        r0 = r1 = c0 = c1 = 0;
        if (_location.Length == 0 || double.IsNaN(latitude) || double.IsNaN(longitude))
        {
            return false;
        }

        // Longitude degrees shrink with cos(latitude): widen the band by the cosine at its poleward edge (at most 89.9°),
        // rounded up to the next hundredth of a degree and read from a table, so no trigonometry; widened by 1e-12 against rounding.
        var edge = Math.Min(8_990, (int)Math.Ceiling((Math.Abs(latitude) + _radiusDeg) * 100));
        var lonRadius = _radiusDeg / CosHundredths[edge] * (1 + 1e-12);
        var lr0 = Math.Floor((latitude - _radiusDeg - _minLat) / _cell);
        var lr1 = Math.Floor((latitude + _radiusDeg - _minLat) / _cell);
        var lc0 = Math.Floor((longitude - lonRadius - _minLon) / _cell);
        var lc1 = Math.Floor((longitude + lonRadius - _minLon) / _cell);
        if (lr1 < 0 || lc1 < 0 || lr0 >= _rows || lc0 >= _cols)
        {
            return false;
        }

        (r0, r1) = ((int)Math.Max(0, lr0), (int)Math.Min(_rows - 1, lr1));
        (c0, c1) = ((int)Math.Max(0, lc0), (int)Math.Min(_cols - 1, lc1));
        return true;
    }

    private int Cell((double Lat, double Lon) p) =>
        (Math.Min(_rows - 1, (int)((p.Lat - _minLat) / _cell)) * _cols) + Math.Min(_cols - 1, (int)((p.Lon - _minLon) / _cell));
}
