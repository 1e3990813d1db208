namespace Truce.Domain.Claims;

/// <summary>A claim check: outcome, the group the claim was read as, and the nearest trace of it.</summary>
/// <param name="Outcome">Supported, unsupported or unverifiable.</param>
/// <param name="Claim">The claimed target as recorded.</param>
/// <param name="ActorId">The registry actor the claim names, when one was found.</param>
/// <param name="DistanceMetres">Distance from the event to the nearest trace, when there is one.</param>
/// <param name="Nearest">That trace.</param>
/// <param name="Explanation">One sentence.</param>
public sealed record ClaimResult(ClaimOutcome Outcome, string Claim, string? ActorId, double? DistanceMetres, Presence? Nearest, string Explanation);
