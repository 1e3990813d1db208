using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;
using Truce.Storage.Access;

namespace Truce.Server.Apis;

/// <summary>
/// <c>/api/auth</c>: signing in with a user name and password (a 12-hour session token in an
/// HttpOnly, SameSite=Strict cookie), signing out (the session is revoked), and who one is.
/// </summary>
public static class AuthApi
{
    /// <summary>Checked when the user does not exist, so that a wrong name costs as long as a wrong password.</summary>
    private static readonly Lazy<PasswordHash> Decoy = new(() => PasswordHash.Create(Guid.NewGuid().ToString()));

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/auth").WithTags("Auth").AllowedForEveryone();
        api.MapPost("/login", Login).WithName("Login")
            .WithSummary("Signs in: sets the session cookie (HttpOnly, SameSite=Strict, 12 hours) and answers who signed in.")
            .WithDescription("A wrong user name, a wrong password and a disabled user all get the same 401 problem. Every attempt is recorded.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/logout", Logout).WithName("Logout")
            .WithSummary("Signs out: revokes the session of the cookie and clears it (an API token is revoked with truce tokens revoke).");
        api.MapGet("/me", Me).WithName("Me").WithSummary("Who is calling: user, role, party and permissions (role public, without a user, when not signed in).");
        return routes;
    }

    /// <param name="login">User name and password.</param>
    /// <param name="store">The store.</param>
    /// <param name="context">The request (for the cookie).</param>
    /// <param name="time">The clock.</param>
    public static Results<Ok<CallerDto>, ProblemHttpResult> Login(LoginRequest login, StoreAccess store, HttpContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrEmpty(login.User) || login.User.Length > 64 || string.IsNullOrEmpty(login.Password))
        {
            return Problems.Bad("user", "a user name (1 to 64 characters) and a password");
        }

        using var s = store.OpenFor(login.User);
        var user = s.FindUser(login.User);
        var matches = (user?.Password ?? Decoy.Value).Matches(login.Password);
        if (user is null || user.Disabled || !matches)
        {
            s.RecordLogin(login.User, null);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "wrong user name or password");
        }

        var (token, sha) = TokenSecret.New();
        var expires = time.GetUtcNow() + SessionCookie.Lifetime;
        s.RecordLogin(user.Name, new NewToken(user.Id, sha, Permissions.All, TokenKind.Session, expires));
        SessionCookie.Set(context, token, expires);
        return TypedResults.Ok(CallerDto.Of(new Caller(user.Name, user.Role, user.Party, Permissions.All), expires));
    }

    /// <param name="store">The store.</param>
    /// <param name="context">The request (its session and cookie).</param>
    public static NoContent Logout(StoreAccess store, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<CallerFeature>()?.Token is { Kind: TokenKind.Session } session)
        {
            using var s = store.Open();
            s.RevokeToken(session.Id);
        }

        SessionCookie.Clear(context);
        return TypedResults.NoContent();
    }

    /// <param name="context">The request.</param>
    public static Ok<CallerDto> Me(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Ok(CallerDto.Of(context.Caller(), context.Features.Get<CallerFeature>()?.Token?.ExpiresAt));
    }
}
