using Truce.Domain.Access;

namespace Truce.Storage.Access;

/// <summary>A user to add.</summary>
/// <param name="Name">Unique user name.</param>
/// <param name="Role">Its role; never <see cref="Role.Public"/> (the public does not sign in).</param>
/// <param name="Party">The party name of a <see cref="Role.Party"/> user (<see cref="Roles.IsPartyName"/>), else null.</param>
/// <param name="Password">The password's hash.</param>
public sealed record NewUser(string Name, Role Role, string? Party, PasswordHash Password)
{
    /// <summary>Throws <see cref="ArgumentException"/> when the user is not one that can be stored.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        ArgumentNullException.ThrowIfNull(Password);
        if (Name.Length > 64 || Name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"'{Name}' is not a user name (1 to 64 characters, no spaces or control characters)", nameof(Name));
        }

        if (Role == Role.Public)
        {
            throw new ArgumentException("the public is every caller without credentials, not a stored user", nameof(Role));
        }

        if ((Role == Role.Party) != (Party is not null) || (Party is not null && !Roles.IsPartyName(Party)))
        {
            throw new ArgumentException("a party user needs a party name (lower-case letters, digits, hyphens), and only a party user has one", nameof(Party));
        }
    }
}
