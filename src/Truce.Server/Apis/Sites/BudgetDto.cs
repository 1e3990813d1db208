namespace Truce.Server.Apis.Sites;

/// <summary>A daily check budget.</summary>
/// <param name="Principal"><c>user:NAME</c>, <c>*</c> (everyone without their own) or <c>global</c> (everyone together).</param>
/// <param name="PerDay">Targets a UTC day.</param>
/// <param name="SetAt">When it was set (null for a built-in default).</param>
/// <param name="Author">Who set it.</param>
public sealed record BudgetDto(string Principal, long PerDay, DateTimeOffset? SetAt, string? Author);

/// <summary>A new daily budget.</summary>
/// <param name="PerDay">Targets a UTC day (0 stops the principal's checks).</param>
public sealed record NewBudgetDto(long? PerDay);
