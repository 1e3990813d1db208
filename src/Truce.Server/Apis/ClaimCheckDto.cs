using Truce.Domain.Claims;

namespace Truce.Server.Apis;

/// <summary>
/// A claim check: the claimed target (<see cref="Recorded"/> when it is the one the record holds,
/// else the one asked about), the group it was read as, the outcome, and the nearest trace of the
/// group with its distance in metres.
/// </summary>
public sealed record ClaimCheckDto(string Claim, bool Recorded, ClaimOutcome Outcome, string? ActorId, double? DistanceM, TraceDto? Nearest, string Explanation)
{
    public static ClaimCheckDto Of(ClaimResult r, bool recorded)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Claim, recorded, r.Outcome, r.ActorId, r.DistanceMetres, r.Nearest is null ? null : TraceDto.Of(r.Nearest), r.Explanation);
    }
}
