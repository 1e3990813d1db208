namespace Truce.Server.Apis.Sites;

/// <summary>Why a site is withdrawn.</summary>
/// <param name="Reason">E.g. <c>closed</c>, <c>moved to a new site</c>.</param>
public sealed record WithdrawalDto(string? Reason);
