namespace Truce.Storage.Access;

/// <summary>A token found by its hash, with its user (whether or not either is still valid: the caller decides and says why).</summary>
/// <param name="Token">The token.</param>
/// <param name="User">Its user.</param>
public sealed record TokenGrant(StoredToken Token, StoredUser User);
