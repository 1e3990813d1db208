namespace Truce.Domain.Deconfliction;

/// <summary>
/// A site's secret protection buffer: the checker protects a disc (or a grown polygon) whose
/// centre is moved by (<see cref="EastMetres"/>, <see cref="NorthMetres"/>) and whose radius is
/// the site's reach plus <see cref="ExtraMetres"/>.
/// </summary>
/// <remarks>
/// Drawn by <see cref="ProtectionBuffer"/>: the shift is at least the policy's declared buffer and
/// at most <c>ExtraMetres − minimum margin</c>, so the real protected area lies inside the checked
/// one with at least that margin in every direction.
/// </remarks>
/// <param name="ExtraMetres">Added to the site's reach, in metres.</param>
/// <param name="EastMetres">Eastward shift of the checked geometry, in metres.</param>
/// <param name="NorthMetres">Northward shift of the checked geometry, in metres.</param>
public readonly record struct SiteBuffer(double ExtraMetres, double EastMetres, double NorthMetres)
{
    /// <summary>No buffer.</summary>
    public static SiteBuffer None => default;

    /// <summary>How far the checked centre is moved, in metres.</summary>
    public double ShiftMetres => Math.Sqrt((EastMetres * EastMetres) + (NorthMetres * NorthMetres));
}
