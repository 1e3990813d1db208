namespace Truce.Server.Apis.Humanitarian;

/// <summary>One condition over a period: its runs of days with one outcome, in order, covering the period.</summary>
public sealed record ConditionTimelineDto(string Id, string Name, IReadOnlyList<ConditionSpanDto> Spans);
