namespace Truce.Storage.Sites;

/// <summary>A party's logged check whose target covered an event's location and whose window overlapped its days.</summary>
/// <param name="CheckId">The check's store id (<see cref="StoredCheck.Id"/>).</param>
/// <param name="At">When it was answered.</param>
/// <param name="Timing">Before the event's days, or within them.</param>
/// <param name="Answer">What the party was told about the covering target (conflict when any covering target of the check was in conflict).</param>
/// <param name="NamedSite">True when a conflict it was told was caused by the flagged site.</param>
/// <param name="Told">The conflict's text as told (e.g. <c>conflict: hospital (MSF desk)</c>); null for clear or refused.</param>
public sealed record CoveringCheck(long CheckId, DateTimeOffset At, RelativeTiming Timing, CheckAnswerKind Answer, bool NamedSite, string? Told);
