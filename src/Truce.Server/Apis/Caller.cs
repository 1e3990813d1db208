using Microsoft.AspNetCore.Http;

namespace Truce.Server.Apis;

/// <summary>
/// Who is asking, as the evidence endpoints need it. There are no users or roles yet: writes are
/// recorded as the authenticated name when there is one, else <c>api:anonymous</c>, and nobody may
/// see confidential source identities through the API. Both are the points where roles plug in.
/// </summary>
internal static class Caller
{
    /// <summary>The author recorded for a write.</summary>
    public static string Author(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "api:anonymous";

    /// <summary>Whether the caller may see the publisher and URL of confidential sources. False until roles exist.</summary>
    public static bool MaySeeConfidential(HttpContext context) => false;
}
