namespace Truce.Domain.Claims;

/// <summary>What the record says about a claimed target.</summary>
public enum ClaimOutcome
{
    /// <summary>The claimed group held the place, or was active within the radius within ±7 days.</summary>
    Supported = 1,

    /// <summary>The claimed group was present elsewhere, but not near enough: the distance says how far.</summary>
    Unsupported = 2,

    /// <summary>The claim names no known group, the event has no point, or the record has no trace of the group then.</summary>
    Unverifiable = 3,
}
