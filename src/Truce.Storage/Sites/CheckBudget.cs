namespace Truce.Storage.Sites;

/// <summary>How many targets a principal may check per UTC day; the principal <c>*</c> is the default for everyone without a row of their own, and <c>global</c> bounds every principal together.</summary>
/// <param name="Principal"><c>user:NAME</c>, <c>*</c> or <c>global</c>.</param>
/// <param name="PerDay">Targets per UTC day (a batch of n points costs n).</param>
/// <param name="SetAt">When it was set.</param>
/// <param name="Author">Who set it.</param>
public sealed record CheckBudget(string Principal, long PerDay, DateTimeOffset SetAt, string Author);
