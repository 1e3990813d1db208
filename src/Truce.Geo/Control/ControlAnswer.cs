using Truce.Domain.Control;

namespace Truce.Geo.Control;

/// <summary>
/// Who held a point on a day: the records the answer rests on, their distinct controllers and
/// whether they agree. A value type over arrays the timeline precomputed, so answering allocates
/// nothing; only <see cref="Hits"/> builds a list.
/// </summary>
public readonly record struct ControlAnswer
{
    private readonly ControlState? _state;

    internal ControlAnswer(ControlBasis basis, ControlState state, double distanceMetres)
    {
        Basis = basis;
        _state = state;
        DistanceMetres = distanceMetres;
    }

    /// <summary>Area, nearest place, or unknown.</summary>
    public ControlBasis Basis { get; }

    /// <summary>0 for areas; metres to the nearest place(s); NaN when unknown.</summary>
    public double DistanceMetres { get; }

    /// <summary>Every record in force on the day: all covering polygons' records, or all records of the nearest place(s).</summary>
    public IReadOnlyList<ControlRecord> Records => _state?.Records ?? [];

    /// <summary>The distinct controllers of <see cref="Records"/>, in first-seen order (ordinal comparison).</summary>
    public IReadOnlyList<string> Controllers => _state?.Controllers ?? [];

    /// <summary>True when exactly one controller is named.</summary>
    public bool ControllersAgree => Controllers.Count == 1;

    /// <summary>The records with their distances (allocates a list).</summary>
    public IReadOnlyList<ControlHit> Hits
    {
        get
        {
            var distance = DistanceMetres;
            return [.. Records.Select(r => new ControlHit(r, distance))];
        }
    }
}
