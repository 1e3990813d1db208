using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Truce.Domain.Deconfliction;

namespace Truce.Geo.Deconfliction;

/// <summary>
/// Deconfliction checks against a fixed set of protected sites: does a planned strike (a point or
/// polygon, a radius in metres, a time window) come within any valid site's protected area? The
/// answer is <see cref="CheckAnswer.Clear"/> or a conflict naming only categories and contacts.
/// </summary>
/// <remarks>
/// <para>
/// Each site becomes a zone: its geometry shifted, and its reach (radius + location uncertainty)
/// grown, by the site's persistent <see cref="ProtectionBuffer"/> draw; sites with identical
/// geometries share the draw of the smallest id among them, so that several notifications at one
/// point (e.g. hospitals known only by their neighbourhood's centroid) cannot be averaged. A target conflicts with a
/// zone when the geodesic distance on WGS 84 between them is at most reach + strike radius and the
/// windows overlap (both inclusive). Distances between points are Vincenty's on the ellipsoid
/// (agreeing with PostGIS <c>ST_Distance(geography)</c> to millimetres); for polygons the nearest
/// points are found in a local linear frame at the zone, then measured on the ellipsoid.
/// </para>
/// <para>
/// Search: point targets with a radius up to <see cref="SiteIndexOptions.FineStrikeRadiusMetres"/>
/// look up one cell of a <see cref="FineSiteGrid"/> (one bit for the many points near no site,
/// then the few zones near the cell); up to <see cref="SiteIndexOptions.GridStrikeRadiusMetres"/>,
/// one cell of a coarser <see cref="SiteGrid"/>; each listed zone is tested with a local-frame
/// distance and, only when that lies within 1e-4 of the threshold, with Vincenty's. Other targets query an STRtree of
/// the zones' envelopes grown by their reach. Cost: O(1) for a clear point in an empty cell,
/// O(zones listed in its cell) otherwise. Sites must not cross the antimeridian.
/// </para>
/// <para>
/// Timing: the time taken depends on how near the target is to sites (an empty cell answers
/// fastest). The index does not hide that; a server exposing it to parties must answer in constant
/// time (pad to a fixed latency) so timing cannot stand in for the withheld distance.
/// </para>
/// <para>Immutable after construction; every method is thread-safe.</para>
/// </remarks>
public sealed partial class ProtectedSiteIndex
{
    private readonly ProtectionZone[] _zones;
    private readonly ZoneCore[] _cores;
    private readonly int[] _noticeOf;
    private readonly CheckAnswer[] _answers;
    private readonly SiteGrid _grid;
    private readonly FineSiteGrid _fine;
    private readonly STRtree<int> _tree = new();
    private readonly double _gridRadius;
    private readonly int _parallelThreshold;

    /// <summary>Builds the index. Sites without a geometry cannot be checked against and are listed in <see cref="Unlocated"/>.</summary>
    /// <exception cref="ArgumentException">Two sites share an id.</exception>
    public ProtectedSiteIndex(IEnumerable<ProtectedSite> sites, ProtectionBuffer buffer, SiteIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(buffer);
        options ??= new SiteIndexOptions();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var located = new List<ProtectedSite>();
        var unlocated = new List<string>();
        foreach (var site in sites)
        {
            if (!ids.Add(site.Id))
            {
                throw new ArgumentException($"Two protected sites have the id {site.Id}.", nameof(sites));
            }

            if (site.Geometry is null || site.Geometry.IsEmpty)
            {
                unlocated.Add(site.Id);
                continue;
            }

            located.Add(site);
        }

        // Sites at one location share one draw (that of the smallest id among them): independent draws around one point
        // would let a prober average the checked centres back towards the site.
        var places = located.Select(site => Convert.ToHexString(site.Geometry!.AsBinary())).ToArray();
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < located.Count; i++)
        {
            anchors[places[i]] = anchors.TryGetValue(places[i], out var anchor) && string.CompareOrdinal(anchor, located[i].Id) < 0 ? anchor : located[i].Id;
        }

        _zones = [.. located.Select((site, i) => new ProtectionZone(site, buffer.For(anchors[places[i]])))];
        _cores = [.. _zones.Select(z => new ZoneCore(z))];

        // Zones with equal notices share one answer (the same value either way): a conflict then reads no zone object.
        var distinct = new Dictionary<ConflictNotice, int>();
        _noticeOf = new int[_zones.Length];
        var answers = new List<CheckAnswer>();
        for (var i = 0; i < _zones.Length; i++)
        {
            if (!distinct.TryGetValue(_zones[i].Notice, out _noticeOf[i]))
            {
                _noticeOf[i] = distinct[_zones[i].Notice] = answers.Count;
                answers.Add(_zones[i].Answer);
            }
        }

        _answers = [.. answers];
        Unlocated = unlocated;
        _gridRadius = options.GridStrikeRadiusMetres;
        _parallelThreshold = Math.Max(1, options.ParallelBatchThreshold);
        _grid = new SiteGrid(_zones, _gridRadius, options.MaxGridCells);
        _fine = new FineSiteGrid(_zones, double.IsNaN(options.FineStrikeRadiusMetres) ? 0 : Math.Clamp(options.FineStrikeRadiusMetres, 0, _gridRadius), options.MaxGridCells);
        for (var i = 0; i < _zones.Length; i++)
        {
            var env = new Envelope(_zones[i].Shifted.EnvelopeInternal);
            var (dLat, dLon) = _zones[i].Degrees(_zones[i].ReachMetres);
            env.ExpandBy(dLon, dLat);
            _tree.Insert(env, i);
        }

        _tree.Build();
    }

    /// <summary>Number of sites checked against.</summary>
    public int Count => _zones.Length;

    /// <summary>Ids of the sites without coordinates, which no check can see: the monitor must locate them.</summary>
    public IReadOnlyList<string> Unlocated { get; }

    /// <summary>Grid cells and registrations, for the benchmark's report.</summary>
    internal (int Cells, int Registrations) GridSize => (_grid.Cells, _grid.Registrations);

    /// <summary>Checks one planned strike.</summary>
    public CheckAnswer Check(StrikeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.From.UtcTicks;
        var to = request.To.UtcTicks;
        return request.Target is Point p
            ? CheckPoint(p.Y, p.X, request.RadiusMetres, from, to)
            : CheckArea(request.Target, request.RadiusMetres, from, to);
    }

    /// <summary>Checks a planned strike at a point (degrees) with a radius (metres) during [from, to].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate or the radius is out of range, or the window is reversed.</exception>
    public CheckAnswer Check(double latitude, double longitude, double radiusMetres, DateTimeOffset from, DateTimeOffset to)
    {
        if (!(Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), $"({latitude}, {longitude}) is not a WGS 84 coordinate.");
        }

        if (!(double.IsFinite(radiusMetres) && radiusMetres >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "must be finite and not negative");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        return CheckPoint(latitude, longitude, radiusMetres, from.UtcTicks, to.UtcTicks);
    }

    /// <summary>
    /// Checks many planned strikes, split over the machine's cores when there are at least
    /// <see cref="SiteIndexOptions.ParallelBatchThreshold"/>. Answer i is the answer to request i,
    /// the same as <see cref="Check(StrikeRequest)"/> would give.
    /// </summary>
    public CheckAnswer[] Check(IReadOnlyList<StrikeRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var answers = new CheckAnswer[requests.Count];
        if (requests.Count < _parallelThreshold)
        {
            for (var i = 0; i < answers.Length; i++)
            {
                answers[i] = Check(requests[i]);
            }

            return answers;
        }

        var chunk = Math.Max(1_024, requests.Count / (Environment.ProcessorCount * 8));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, requests.Count, chunk), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                answers[i] = Check(requests[i]);
            }
        });
        return answers;
    }
}
