using System.Runtime.CompilerServices;
using Truce.Domain.Adjudication;

namespace Truce.Storage.Adjudication;

/// <summary>
/// Identifies a verdict's facts cheaply: the slot, the rule, and the input records it used
/// compared by reference (the engine hands out the same record objects), plus the control
/// distance. Two verdicts with equal keys have identical facts.
/// </summary>
internal readonly struct FactsKey(int slot, Verdict v) : IEquatable<FactsKey>
{
    private readonly int _slot = slot;
    private readonly Verdict _v = v;

    public bool Equals(FactsKey other) =>
        _slot == other._slot
        && _v.Outcome == other._v.Outcome
        && _v.Reason == other._v.Reason
        && string.Equals(_v.Initiator, other._v.Initiator, StringComparison.Ordinal)
        && string.Equals(_v.Target, other._v.Target, StringComparison.Ordinal)
        && ReferenceEquals(_v.InitiatorBasis, other._v.InitiatorBasis)
        && ReferenceEquals(_v.Party, other._v.Party)
        && ReferenceEquals(_v.TargetBasis, other._v.TargetBasis)
        && ReferenceEquals(_v.Control?.Record, other._v.Control?.Record)
        && _v.Control?.DistanceMetres == other._v.Control?.DistanceMetres
        && ReferenceEquals(_v.OtherControl?.Record, other._v.OtherControl?.Record)
        && _v.OtherControl?.DistanceMetres == other._v.OtherControl?.DistanceMetres
        && ReferenceEquals(_v.Zone, other._v.Zone);

    public override bool Equals(object? obj) => obj is FactsKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(
        _slot,
        (int)_v.Reason,
        _v.Initiator,
        _v.Target,
        RuntimeHelpers.GetHashCode(_v.TargetBasis ?? _v.InitiatorBasis ?? (object?)_v.Party ?? ""),
        _v.Control is null ? 0 : RuntimeHelpers.GetHashCode(_v.Control.Record),
        _v.Control?.DistanceMetres ?? 0);
}
