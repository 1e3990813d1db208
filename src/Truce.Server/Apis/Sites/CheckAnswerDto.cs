namespace Truce.Server.Apis.Sites;

/// <summary>The answer to one strike check: <c>clear</c>, or <c>conflict</c> with the category and contact of each site touched — no coordinate, distance, direction, id or count.</summary>
/// <param name="Answer"><c>clear</c> or <c>conflict</c>.</param>
/// <param name="Conflicts">For a conflict, each (category, contact) once.</param>
public sealed record CheckAnswerDto(string Answer, IReadOnlyList<NoticeDto>? Conflicts);
