namespace Truce.Geo.Deconfliction;

/// <summary>Tuning of a <see cref="ProtectedSiteIndex"/>.</summary>
public sealed record SiteIndexOptions
{
    /// <summary>
    /// Strike radii up to this many metres are answered from the grid (one cell lookup, then the
    /// sites registered in that cell); larger radii and polygon targets go through the R-tree.
    /// Larger values register each site in more cells. Default 1,000 m.
    /// </summary>
    public double GridStrikeRadiusMetres { get; init; } = 1_000;

    /// <summary>
    /// Strike radii up to this many metres (and up to <see cref="GridStrikeRadiusMetres"/>) are
    /// answered from a finer grid that lists, per cell, only the sites within reach plus this
    /// radius, and marks the other cells with one bit: a point far from every site is clear after
    /// one read from memory a core's cache holds. Default 100 m.
    /// </summary>
    public double FineStrikeRadiusMetres { get; init; } = 100;

    /// <summary>Upper bound on the number of grid cells (memory: 4 bytes each, plus 4 per registration), and on the fine grid's (about 1 bit each, plus 4 bytes per listed cell and per listing). Default 4,194,304.</summary>
    public int MaxGridCells { get; init; } = 1 << 22;

    /// <summary>Batches at least this long are split over the cores. Default 4,096.</summary>
    public int ParallelBatchThreshold { get; init; } = 4_096;
}
