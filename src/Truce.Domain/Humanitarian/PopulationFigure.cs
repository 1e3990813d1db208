using System.Globalization;

namespace Truce.Domain.Humanitarian;

/// <summary>
/// A count of people as one source gives it: a value (<c>275,000</c>), a lower bound only
/// (<c>at least 300,000</c>), or a range (<c>250,000–275,000</c>). Never averaged with others.
/// </summary>
/// <param name="Value">The figure, when the source gave one number.</param>
/// <param name="Low">The lower bound of a range, or the "at least" of an open figure.</param>
/// <param name="High">The upper bound of a range.</param>
public sealed record PopulationFigure(long? Value, long? Low, long? High)
{
    /// <summary>The smallest count the figure allows.</summary>
    public long Lower => Value ?? Low ?? High ?? 0;

    /// <summary>The largest count the figure states (an "at least N" figure states N).</summary>
    public long Upper => Value ?? High ?? Low ?? 0;

    /// <summary>True when the source gave a lower bound only ("at least", "more than").</summary>
    public bool IsLowerBound => Value is null && Low is not null && High is null;

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return Value is { } v ? v.ToString("N0", c)
            : IsLowerBound ? "≥" + Low!.Value.ToString("N0", c)
            : $"{Lower.ToString("N0", c)}–{Upper.ToString("N0", c)}";
    }
}
