using Microsoft.AspNetCore.Http;

namespace Truce.Server.Access;

/// <summary>The sign-in cookie: the session token, HttpOnly (scripts cannot read it), SameSite=Strict (no other site's page can send it), Secure over HTTPS.</summary>
internal static class SessionCookie
{
    public const string Name = "truce_session";

    /// <summary>How long a sign-in lasts.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void Set(HttpContext context, string token, DateTimeOffset expires) =>
        context.Response.Cookies.Append(Name, token, Options(context, expires));

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, null));

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        Expires = expires,
    };
}
