namespace Truce.Storage.Sites;

/// <summary>A logged check with its store id and the audit entry whose commitment covers it.</summary>
/// <param name="Id">Store id (increasing in order of recording).</param>
/// <param name="Record">The check.</param>
/// <param name="AuditIndex">Index of the <c>site.checks</c> audit entry committing to the group this check was written in.</param>
public sealed record StoredCheck(long Id, CheckRecord Record, long AuditIndex);
