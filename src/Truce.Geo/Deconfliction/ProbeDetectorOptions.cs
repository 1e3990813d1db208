namespace Truce.Geo.Deconfliction;

/// <summary>Thresholds of a <see cref="ProbeDetector"/>. The defaults are those the tests show catch the scripted attacks within 50 checks and stay silent on ordinary planning.</summary>
public sealed record ProbeDetectorOptions
{
    /// <summary>Half-width, in metres, of the band about a site's checked boundary within which a check counts as near it (pass the same to <see cref="ProtectedSiteIndex.NearBoundary"/>). Default 100 m.</summary>
    public double BandMetres { get; init; } = 100;

    /// <summary>How many of a principal's most recent checks are kept (8–4,096). Default 128.</summary>
    public int Capacity { get; init; } = 128;

    /// <summary>How long a check is kept. Default 24 hours.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a principal is throttled after a finding. Default 24 hours.</summary>
    public TimeSpan ThrottleFor { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Site probing: distinct checks (a repeated check counts once) near one site's checked boundary among those kept. Default 12.</summary>
    public int SiteProbingChecks { get; init; } = 12;

    /// <summary>Boundary walk: successive steps, each 0.25–0.75 of the one before, with the answer flipping at least twice. Default 8.</summary>
    public int BoundaryWalkSteps { get; init; } = 8;

    /// <summary>Grid scan: distinct checks on a latitude/longitude lattice (at least 4 latitudes and 4 longitudes each shared by 3 or more checks), or along one parallel or meridian. Default 16.</summary>
    public int GridPoints { get; init; } = 16;

    /// <summary>Trilateration: distinct radii asked at one centre, with both answers given. Default 5.</summary>
    public int TrilaterationRadii { get; init; } = 5;

    /// <summary>Trilateration: centres at least <see cref="TrilaterationSeparationMetres"/> apart whose conflicts, with radii of at least <see cref="LargeRadiusMetres"/>, lie near one site's checked boundary. Default 3.</summary>
    public int TrilaterationCentres { get; init; } = 3;

    /// <summary>See <see cref="TrilaterationCentres"/>. Default 1,000 m.</summary>
    public double TrilaterationSeparationMetres { get; init; } = 1_000;

    /// <summary>See <see cref="TrilaterationCentres"/>. Default 1,000 m.</summary>
    public double LargeRadiusMetres { get; init; } = 1_000;

    /// <summary>The lattice test runs on every check sharing a latitude or longitude with the one before, and every this many other checks. Default 64.</summary>
    public int AnalyseEvery { get; init; } = 64;
}
