using Microsoft.AspNetCore.Http;
using Truce.Domain.Access;
using Truce.Server.Hosting;
using Truce.Storage.Access;

namespace Truce.Server.Access;

/// <summary>
/// Who is calling, and whether they may: reads the token from <c>Authorization: Bearer</c> or the
/// sign-in cookie (<see cref="SessionCookie"/>), finds it by its SHA-256, and checks the matched
/// endpoint's <see cref="EndpointAccess"/>. No credentials: the public. Credentials that do not
/// work (unknown, expired, revoked, a disabled user) are a 401, never a silent fall back to the
/// public. Refused: 401 for the public (sign in), 403 for a signed-in caller.
/// </summary>
/// <remarks>
/// A request that matches no endpoint (the web UI's static files, a 404) passes as the public: the
/// UI's files are published code, and hold no data. So does one the router refuses (405, 415).
/// </remarks>
internal static class CallerMiddleware
{
    /// <remarks>Not async: an admitted request is passed on as the next delegate's own task, so a request that waits (a strike check at its deadline) suspends one frame fewer.</remarks>
    public static Task Invoke(HttpContext context, RequestDelegate next)
    {
        // No endpoint (the web UI's files, a 404), or the router's own refusal of a request no endpoint takes —
        // a 405 for the method, a 415 for the Content-Type: an endpoint with no metadata, which only sets that status.
        // Never one of ours: every mapped endpoint declares who may call it (TruceServer.Build checks), which is metadata.
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.Count == 0)
        {
            return next(context);
        }

        var (feature, failure, fromCookie) = Authenticate(context);
        if (failure is not null)
        {
            if (fromCookie)
            {
                SessionCookie.Clear(context); // the browser is public again on its next request
            }

            return Challenge(context, failure);
        }

        context.Features.Set(feature);
        var caller = feature!.Caller;

        // Unreachable while TruceServer.Build checks every endpoint; fail closed all the same.
        var access = endpoint.Metadata.GetMetadata<EndpointAccess>() ?? new EndpointAccess(Permissions.All);
        if (!access.Admits(caller.Permissions))
        {
            var names = access.Alternative is { } alternative
                ? $"{PermissionNames.Format(access.Required)}, or else {PermissionNames.Format(alternative)}"
                : string.Join(", ", PermissionNames.Of(access.Required & ~caller.Permissions));
            return caller.IsAnonymous
                ? Challenge(context, $"sign in: this needs {names}")
                : TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Forbidden",
                    detail: $"{caller.User} ({caller.RoleName}) may not do this: it needs {names}").ExecuteAsync(context);
        }

        return next(context);
    }

    private static (CallerFeature? Feature, string? Failure, bool FromCookie) Authenticate(HttpContext context)
    {
        string? token;
        var fromCookie = false;
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (null, "the Authorization header is not a Bearer token", false);
            }

            token = header["Bearer ".Length..].Trim();
        }
        else if (context.Request.Cookies.TryGetValue(SessionCookie.Name, out var cookie) && cookie.Length > 0)
        {
            (token, fromCookie) = (cookie, true);
        }
        else
        {
            return (new CallerFeature(Caller.Public, null), null, false);
        }

        var store = context.RequestServices.GetService(typeof(StoreAccess)) as StoreAccess;
        var sha = TokenSecret.Hash(token);
        var grant = context.GetEndpoint()?.Metadata.GetMetadata<CachedTokens>() is not null
            && context.RequestServices.GetService(typeof(TokenCache)) is TokenCache cache
            ? cache.Find(sha, h => store!.Read(s => s.FindToken(h)))
            : store!.Read(s => s.FindToken(sha));

        var now = ((TimeProvider)context.RequestServices.GetService(typeof(TimeProvider))!).GetUtcNow();
        var failure = grant switch
        {
            null => "unknown token",
            { Token.RevokedAt: not null } => "the token was revoked",
            { Token: var t } when now >= t.ExpiresAt => "the token expired",
            { User.Disabled: true } => "the user is disabled",
            _ => null,
        };
        if (failure is not null)
        {
            return (null, failure, fromCookie);
        }

        var user = grant!.User;
        return (new CallerFeature(new Caller(user.Name, user.Role, user.Party, grant.Token.Scopes), grant.Token), null, fromCookie);
    }

    /// <summary>A 401 problem saying why, with the challenge RFC 6750 §3 asks for.</summary>
    private static Task Challenge(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"truce\"";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["signIn"] = "POST /api/auth/login, or send Authorization: Bearer TOKEN" }).ExecuteAsync(context);
    }
}
