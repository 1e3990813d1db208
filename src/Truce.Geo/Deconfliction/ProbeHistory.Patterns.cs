using System.Globalization;
using System.Numerics;

namespace Truce.Geo.Deconfliction;

internal sealed partial class ProbeHistory
{
    private double[]? _scratch;
    private (long Lat, long Lon)[]? _points;
    private long[]? _keys;
    private long[]? _keys2;
    private (double Lat, double Lon)[]? _centres;
    private long[]? _hashes;
    private int[]? _order;
    private long[]? _seen;
    private byte[]? _seenCount;

    /// <summary>Trilateration by radius: the newest check's centre asked with many distinct radii, answered both ways.</summary>
    private ProbeFinding? Radii(long oldest)
    {
        var newest = _ring[Last];
        var radii = _scratch ??= new double[_ring.Length];
        var (n, conflicts, clears) = (0, 0, 0);
        for (var k = 0; k < _count; k++)
        {
            ref readonly var e = ref _ring[Index(k)];
            if (e.Ticks >= oldest && Math.Abs(e.Latitude - newest.Latitude) <= SameDegrees && Math.Abs(e.Longitude - newest.Longitude) <= SameDegrees)
            {
                radii[n++] = e.Radius;
                conflicts += e.Conflict ? 1 : 0;
                clears += e.Conflict ? 0 : 1;
            }
        }

        if (n < _options.TrilaterationRadii || conflicts == 0 || clears == 0)
        {
            return null;
        }

        Array.Sort(radii, 0, n);
        var distinct = 1;
        for (var i = 1; i < n; i++)
        {
            distinct += radii[i] - radii[i - 1] > SameMetres ? 1 : 0;
        }

        if (distinct < _options.TrilaterationRadii)
        {
            return null;
        }

        return new ProbeFinding("trilateration",
            string.Create(CultureInfo.InvariantCulture, $"{distinct} radii from {radii[0]:N0} to {radii[n - 1]:N0} m asked at one centre, answered {conflicts} times conflict and {clears} times clear"),
            SitesWhere(oldest, e => Math.Abs(e.Latitude - newest.Latitude) <= SameDegrees && Math.Abs(e.Longitude - newest.Longitude) <= SameDegrees), n, default);
    }

    /// <summary>Trilateration by centres: large-radius conflicts near one site's boundary from well-separated centres.</summary>
    private ProbeFinding? Separated(long oldest, string[] sites)
    {
        var centres = _centres ??= new (double, double)[Math.Max(1, _options.TrilaterationCentres)];
        foreach (var site in sites)
        {
            var (found, checks) = (0, 0);
            for (var k = 0; k < _count && found < centres.Length; k++)
            {
                ref readonly var e = ref _ring[Index(k)];
                if (e.Ticks < oldest || !e.Conflict || e.Radius < _options.LargeRadiusMetres || e.Sites is null || Array.IndexOf(e.Sites, site) < 0)
                {
                    continue;
                }

                checks++;
                var apart = true;
                for (var c = 0; c < found && apart; c++)
                {
                    apart = Metres(e.Latitude, e.Longitude, centres[c].Lat, centres[c].Lon) >= _options.TrilaterationSeparationMetres;
                }

                if (apart)
                {
                    centres[found++] = (e.Latitude, e.Longitude);
                }
            }

            if (found >= _options.TrilaterationCentres)
            {
                return new ProbeFinding("trilateration",
                    string.Create(CultureInfo.InvariantCulture,
                        $"conflicts with radii of {_options.LargeRadiusMetres:N0} m or more from {found} centres at least {_options.TrilaterationSeparationMetres:N0} m apart, each within {_options.BandMetres:N0} m of one site's checked boundary"),
                    [site], checks, default);
            }
        }

        return null;
    }

    /// <summary>Site probing: many distinct checks near one site's checked boundary.</summary>
    private ProbeFinding? Probing(long oldest, string[] sites)
    {
        foreach (var site in sites)
        {
            var (near, kept) = (0, 0);
            for (var k = 0; k < _count; k++)
            {
                ref readonly var e = ref _ring[Index(k)];
                if (e.Ticks < oldest)
                {
                    continue;
                }

                kept++;
                if (e.Sites is not null && Array.IndexOf(e.Sites, site) >= 0 && !RepeatedLater(k, oldest))
                {
                    near++;
                }
            }

            if (near >= _options.SiteProbingChecks)
            {
                return new ProbeFinding("site-probing",
                    string.Create(CultureInfo.InvariantCulture, $"{near} distinct checks of the last {kept} within {_options.BandMetres:N0} m of one site's checked boundary"),
                    [site], near, default);
            }
        }

        return null;
    }

    /// <summary>Grid scan: distinct checks sharing latitudes and longitudes, at least 4 of each shared by 3 or more, or many along one line.</summary>
    private ProbeFinding? Lattice(long oldest)
    {
        // Distinct points: sort a hash of the (lat, lon) keys with the ring indices, then keep one index per key.
        var hashes = _hashes ??= new long[_ring.Length];
        var order = _order ??= new int[_ring.Length];
        var n = 0;
        for (var k = 0; k < _count; k++)
        {
            var i = Index(k);
            if (_ring[i].Ticks >= oldest)
            {
                var (la, lo) = Key(_ring[i]);
                hashes[n] = (la * 1_000_000_007L) ^ lo;
                order[n++] = i;
            }
        }

        if (n < _options.GridPoints || !Repeats(order.AsSpan(0, n), Math.Min(3, _options.GridPoints)))
        {
            return null;
        }

        Array.Sort(hashes, order, 0, n);
        var points = _points ??= new (long, long)[_ring.Length];
        var unique = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                points[unique++] = Key(_ring[order[i]]);
            }
        }

        var lats = (_keys ??= new long[_ring.Length]).AsSpan(0, unique);
        var lons = (_keys2 ??= new long[_ring.Length]).AsSpan(0, unique);
        for (var i = 0; i < unique; i++)
        {
            (lats[i], lons[i]) = points[i];
        }

        lats.Sort();
        lons.Sort();
        var (rows, rowStep, longestRow) = Shared(lats);
        var (columns, columnStep, longestColumn) = Shared(lons);
        if (Math.Max(longestRow, longestColumn) >= _options.GridPoints)
        {
            return new ProbeFinding("grid-scan",
                string.Create(CultureInfo.InvariantCulture,
                    $"{Math.Max(longestRow, longestColumn)} distinct checks along one {(longestRow >= longestColumn ? "parallel" : "meridian")} (a scan line)"),
                SitesWhere(oldest, static _ => true), Math.Max(longestRow, longestColumn), default);
        }

        if (rows < 4 || columns < 4)
        {
            return null;
        }

        var on = 0;
        for (var i = 0; i < unique; i++)
        {
            on += Multiplicity(lats, points[i].Lat) >= 3 && Multiplicity(lons, points[i].Lon) >= 3 ? 1 : 0;
        }

        if (on < _options.GridPoints)
        {
            return null;
        }

        var latitude = lats[0] / 1e7;
        return new ProbeFinding("grid-scan",
            string.Create(CultureInfo.InvariantCulture,
                $"{on} distinct checks on a latitude/longitude lattice of {rows} rows and {columns} columns, spaced about {rowStep / 1e7 * MetresPerDegree:N0} m by {columnStep / 1e7 * MetresPerDegree * Math.Cos(latitude * Math.PI / 180):N0} m"),
            SitesWhere(oldest, static _ => true), on, default);
    }

    /// <summary>
    /// True when some latitude or longitude key occurs at least <paramref name="times"/> times among
    /// the checks at <paramref name="indices"/> — a necessary condition of every lattice finding
    /// (distinct points share a key no more often than the checks do), tested in one pass with a
    /// small open-addressing table instead of sorts, so scattered checks skip the lattice test.
    /// </summary>
    private bool Repeats(ReadOnlySpan<int> indices, int times)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)(4 * _ring.Length)); // both keys of every check, at most half full
        var keys = _seen ??= new long[size];
        var counts = _seenCount ??= new byte[size];
        Array.Clear(counts);
        foreach (var i in indices)
        {
            var (lat, lon) = Key(_ring[i]);
            if (Count(keys, counts, lat * 2) >= times || Count(keys, counts, (lon * 2) + 1) >= times)
            {
                return true;
            }
        }

        return false;

        static int Count(long[] keys, byte[] counts, long key)
        {
            var mask = keys.Length - 1;
            var slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;
            while (counts[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            return ++counts[slot];
        }
    }

    private static (long Lat, long Lon) Key(in Entry e) => ((long)Math.Round(e.Latitude * 1e7), (long)Math.Round(e.Longitude * 1e7));

    /// <summary>How many values of a sorted span occur 3 or more times, the smallest gap between two such values, and the most times one value occurs.</summary>
    private static (int Count, long Step, int Longest) Shared(ReadOnlySpan<long> sorted)
    {
        var (count, step, previous, longest) = (0, long.MaxValue, long.MinValue, 0);
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            longest = Math.Max(longest, j - i);
            if (j - i >= 3)
            {
                count++;
                step = previous == long.MinValue ? step : Math.Min(step, sorted[i] - previous);
                previous = sorted[i];
            }

            i = j;
        }

        return (count, step == long.MaxValue ? 0 : step, longest);
    }

    private static int Multiplicity(ReadOnlySpan<long> sorted, long value)
    {
        var at = sorted.BinarySearch(value);
        if (at < 0)
        {
            return 0;
        }

        var (lo, hi) = (at, at);
        while (lo > 0 && sorted[lo - 1] == value)
        {
            lo--;
        }

        while (hi < sorted.Length - 1 && sorted[hi + 1] == value)
        {
            hi++;
        }

        return hi - lo + 1;
    }

    /// <summary>True when the k-th newest check is repeated (same centre and radius) by a newer kept one.</summary>
    private bool RepeatedLater(int k, long oldest)
    {
        ref readonly var e = ref _ring[Index(k)];
        for (var j = 0; j < k; j++)
        {
            ref readonly var later = ref _ring[Index(j)];
            if (later.Ticks >= oldest && Math.Abs(later.Latitude - e.Latitude) <= SameDegrees && Math.Abs(later.Longitude - e.Longitude) <= SameDegrees
                && Math.Abs(later.Radius - e.Radius) <= SameMetres)
            {
                return true;
            }
        }

        return false;
    }

    private string[] SitesOfLast(int checks)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < Math.Min(checks, _count); k++)
        {
            ids.UnionWith(_ring[Index(k)].Sites ?? []);
        }

        return [.. ids];
    }

    private string[] SitesWhere(long oldest, Func<Entry, bool> keep)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < _count; k++)
        {
            var e = _ring[Index(k)];
            if (e.Ticks >= oldest && e.Sites is not null && keep(e))
            {
                ids.UnionWith(e.Sites);
            }
        }

        return [.. ids];
    }

    /// <summary>The ring index of the k-th newest check.</summary>
    private int Index(int k)
    {
        var i = _next - 1 - k;
        return i < 0 ? i + _ring.Length : i;
    }

    private static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        var north = lat2 - lat1;
        var east = (lon2 - lon1) * Math.Cos((lat1 + lat2) * (Math.PI / 360));
        return Math.Sqrt((north * north) + (east * east)) * MetresPerDegree;
    }
}
