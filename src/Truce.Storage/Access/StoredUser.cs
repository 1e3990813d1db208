using Truce.Domain.Access;

namespace Truce.Storage.Access;

/// <summary>A stored user.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Name">Unique user name.</param>
/// <param name="Role">Its role.</param>
/// <param name="Party">Its party (party users only).</param>
/// <param name="Password">Its password's hash.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="DisabledAt">When it was disabled (it can then neither sign in nor use its tokens); null while enabled.</param>
public sealed record StoredUser(long Id, string Name, Role Role, string? Party, PasswordHash Password, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    /// <summary>True once disabled.</summary>
    public bool Disabled => DisabledAt is not null;
}
