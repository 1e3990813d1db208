using Truce.Domain.Errors;

namespace Truce.Storage.Access;

/// <summary>A user of that name exists already; nothing was written.</summary>
public sealed class UserExistsException : TruceException
{
    public UserExistsException()
    {
    }

    public UserExistsException(string name)
        : base($"a user named '{name}' exists already")
    {
        Name = name;
    }

    public UserExistsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The name taken.</summary>
    public string? Name { get; }
}
