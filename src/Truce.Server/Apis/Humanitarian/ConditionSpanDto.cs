using Truce.Domain.Humanitarian;

namespace Truce.Server.Apis.Humanitarian;

/// <summary>A run of days (both ends inclusive) on which a condition had one outcome.</summary>
public sealed record ConditionSpanDto(DateOnly From, DateOnly To, int Days, ConditionOutcome Outcome);
