namespace Truce.Domain.Sources;

/// <summary>Who records something: a user name (<c>monitor-1</c>) or a tool and user (<c>cli:alice</c>).</summary>
public static class Authors
{
    /// <summary>The longest author name accepted, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>Checks an author name: 1 to <see cref="MaxLength"/> characters, no control characters.</summary>
    /// <exception cref="Errors.BadFieldException">The name is empty, too long or has control characters (field <c>author</c>).</exception>
    public static string Check(string? author) =>
        string.IsNullOrWhiteSpace(author) || author.Length > MaxLength || author.Any(char.IsControl)
            ? throw new Errors.BadFieldException("author", $"'{author}' is not an author: 1 to {MaxLength} characters without control characters")
            : author;
}
