using Microsoft.AspNetCore.Http;
using Truce.Domain.Access;
using Truce.Server.Access;

namespace Truce.Server.Apis;

/// <summary>Who is asking, as the evidence endpoints need it: the author of a write, and whether confidential source identities may be shown.</summary>
internal static class EvidenceCaller
{
    /// <summary>The author recorded for a write: <c>user:NAME</c>, as the server records every signed-in user's writes (writes are only for signed-in monitors and admins).</summary>
    public static string Author(HttpContext context) => context.Caller().User is { } user ? $"user:{user}" : "api:anonymous";

    /// <summary>Whether the caller may see the publisher and URL of confidential sources (monitors and admins).</summary>
    public static bool MaySeeConfidential(HttpContext context) => context.Caller().Can(Permissions.ReadConfidential);
}
