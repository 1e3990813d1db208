using Truce.Domain.Access;

namespace Truce.Storage.Access;

/// <summary>How both engines write roles, token kinds and scopes: as their names, never as enum numbers.</summary>
internal static class AccessColumns
{
    public static string Role(Role role) => Roles.Name(role);

    public static Role Role(string text) => Enum.GetValues<Role>().First(r => string.Equals(Roles.Name(r), text, StringComparison.Ordinal));

    public static string Kind(TokenKind kind) => kind == TokenKind.Session ? "session" : "api";

    public static TokenKind Kind(string text) => string.Equals(text, "session", StringComparison.Ordinal) ? TokenKind.Session : TokenKind.Api;

    public static string Scopes(Permissions scopes) => PermissionNames.Format(scopes);

    /// <summary>Reads stored scopes; a name this version does not know grants nothing (a newer Truce wrote it).</summary>
    public static Permissions Scopes(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => PermissionNames.TryParse(n, out var p, out _) ? p : Permissions.None)
            .Aggregate(Permissions.None, (a, b) => a | b);

    /// <summary>Checks a token before it is stored.</summary>
    public static void Validate(NewToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(token.Sha256);
        if (token.Sha256.Length != 32)
        {
            throw new ArgumentException("a token is stored as its 32-byte SHA-256", nameof(token));
        }
    }
}
