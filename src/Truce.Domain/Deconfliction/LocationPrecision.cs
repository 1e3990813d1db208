namespace Truce.Domain.Deconfliction;

/// <summary>
/// How well a protected site's geometry locates it: how it was obtained and how far, in metres,
/// the real site may be from it. The uncertainty is added to the protection radius, so an
/// approximate site is protected over the whole area it may be in rather than at a guessed point.
/// </summary>
/// <param name="Kind">How the coordinates were obtained.</param>
/// <param name="UncertaintyMetres">How far the real site may be from the geometry, in metres (0 for <see cref="PrecisionKind.Exact"/>).</param>
/// <param name="Basis">The precision as the source states it (e.g. <c>neighbourhood_centroid</c>), kept verbatim.</param>
public sealed record LocationPrecision(PrecisionKind Kind, double UncertaintyMetres, string Basis)
{
    /// <summary>Exact coordinates.</summary>
    public static LocationPrecision Exact { get; } = new(PrecisionKind.Exact, 0, "exact");

    /// <summary>Validates the uncertainty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The uncertainty is negative or not finite.</exception>
    public double UncertaintyMetres { get; init; } = double.IsFinite(UncertaintyMetres) && UncertaintyMetres >= 0
        ? UncertaintyMetres
        : throw new ArgumentOutOfRangeException(nameof(UncertaintyMetres), UncertaintyMetres, "must be finite and not negative");
}
