using Truce.Domain.Spatial;

namespace Truce.Storage.Sites;

/// <summary>
/// One logged check as both engines store it: times in Unix milliseconds, targets packed
/// (<see cref="TargetLayout"/>), conflicts as a list (stored as JSON, <see cref="SiteJson"/>). The
/// audit commitment is computed from this form (<see cref="CheckCommitment"/>), on writing and on verifying.
/// </summary>
internal readonly record struct CheckRow(
    string Principal,
    string? Party,
    long AtMs,
    double Radius,
    long FromMs,
    long ToMs,
    CheckOutcome Outcome,
    int Count,
    TargetLayout Layout,
    double? Lon,
    double? Lat,
    byte[]? Blob,
    IReadOnlyList<CheckConflict> Conflicts)
{
    /// <summary>The row of a checked record (<see cref="SiteInput.Checked(CheckRecord)"/>).</summary>
    public static CheckRow Of(CheckRecord c)
    {
        var (layout, blob) = CheckTargets.Pack(c.Targets);
        var point = layout == TargetLayout.Point ? (NetTopologySuite.Geometries.Point)c.Targets[0] : null;
        return new CheckRow(c.Principal, c.Party, c.At.ToUnixTimeMilliseconds(), c.RadiusMetres, c.From.ToUnixTimeMilliseconds(), c.To.ToUnixTimeMilliseconds(),
            c.Outcome, c.Targets.Count, layout, point?.X, point?.Y, blob, c.Conflicts);
    }

    /// <summary>The record this row stores.</summary>
    /// <exception cref="FormatException">The targets do not decode.</exception>
    public CheckRecord Record() => new(
        Principal, Party, DateTimeOffset.FromUnixTimeMilliseconds(AtMs), CheckTargets.Unpack(Layout, Count, Lon, Lat, Blob), Radius,
        DateTimeOffset.FromUnixTimeMilliseconds(FromMs), DateTimeOffset.FromUnixTimeMilliseconds(ToMs), Outcome, Conflicts);

    /// <summary>Unix milliseconds of a time (for readers of <c>timestamptz</c>).</summary>
    public static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    /// <summary>The point a one-point row checks, in SRID 4326.</summary>
    public NetTopologySuite.Geometries.Point? Point => Layout == TargetLayout.Point && Lon is { } x && Lat is { } y ? Wgs84.Point(x, y) : null;
}
