namespace Truce.Storage.Access;

/// <summary>How a token was made.</summary>
public enum TokenKind
{
    /// <summary>An API token made with <c>truce tokens create</c>, sent as <c>Authorization: Bearer</c>.</summary>
    Api,

    /// <summary>A session token made by signing in (<c>POST /api/auth/login</c>), kept in a cookie; revoked by signing out.</summary>
    Session,
}
