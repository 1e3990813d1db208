namespace Truce.Server.Apis;

/// <summary>The body of <c>PUT /api/events/{dataset}/{id}/grade</c>.</summary>
/// <param name="Grade">confirmed, fair, weak, contested or discounted (the Airwars scale).</param>
/// <param name="Reason">Why, in words (required).</param>
public sealed record NewGradeDto(string? Grade, string? Reason);
