namespace Truce.Server.Apis.Sites;

/// <summary>The answers to a batch of points: how many were checked and were clear, and each point in conflict by its index in the request.</summary>
/// <param name="Checked">Points checked.</param>
/// <param name="Clear">Points clear.</param>
/// <param name="Conflicts">The points in conflict, by index, in request order.</param>
public sealed record BatchAnswerDto(int Checked, int Clear, IReadOnlyList<BatchConflictDto> Conflicts);

/// <summary>One point of a batch in conflict.</summary>
/// <param name="Index">Its index in the request's <c>points</c>.</param>
/// <param name="Notices">Each (category, contact) once.</param>
public sealed record BatchConflictDto(int Index, IReadOnlyList<NoticeDto> Notices);
