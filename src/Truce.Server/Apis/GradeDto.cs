namespace Truce.Server.Apis;

/// <summary>An event's credibility: the current grading (null when never graded) and every grading, oldest first.</summary>
public sealed record GradeDto(string Event, GradingDto? Current, IReadOnlyList<GradingDto> History);
