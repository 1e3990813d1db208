namespace Truce.Server.Map;

/// <summary>One week of events.</summary>
/// <param name="Week">The week's Monday.</param>
/// <param name="Events">Events whose first day falls in the week.</param>
/// <param name="Best">Their fatalities, best estimates summed.</param>
/// <param name="Violations">Violation verdicts per (agreement, stakeholder): index = agreement × stakeholders + stakeholder.</param>
public sealed record MapWeek(DateOnly Week, int Events, long Best, int[] Violations);
