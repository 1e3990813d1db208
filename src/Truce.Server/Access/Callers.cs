using Microsoft.AspNetCore.Http;
using Truce.Domain.Access;

namespace Truce.Server.Access;

/// <summary>The caller of a request, for handlers that redact by role (a source's identity hidden from the public and analysts).</summary>
/// <example><c>var caller = context.Caller(); if (!caller.Can(Permissions.ReadConfidential)) { dto = dto with { SourceName = null }; }</c></example>
public static class Callers
{
    /// <summary>Who is calling: the signed-in user with its role and token scopes, or <see cref="Caller.Public"/>.</summary>
    public static Caller Caller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<CallerFeature>()?.Caller ?? Domain.Access.Caller.Public;
    }
}
