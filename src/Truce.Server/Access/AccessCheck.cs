using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Truce.Server.Access;

/// <summary>The server's refusal to start with an endpoint that does not say who may call it.</summary>
internal static class AccessCheck
{
    /// <summary>Throws when an endpoint of <paramref name="routes"/> carries no <see cref="EndpointAccess"/>.</summary>
    /// <exception cref="InvalidOperationException">Names every undeclared endpoint.</exception>
    public static void RequireDeclarations(IEndpointRouteBuilder routes)
    {
        var missing = routes.DataSources.SelectMany(d => d.Endpoints)
            .Where(e => e.Metadata.GetMetadata<EndpointAccess>() is null)
            .Select(Describe)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"every endpoint must declare who may call it (.AllowedFor(...) or .AllowedForEveryone()); these do not: {string.Join(", ", missing)}");
        }
    }

    /// <summary>An endpoint as <c>GET /api/events</c>.</summary>
    public static string Describe(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? endpoint.DisplayName ?? "?";
        return $"{string.Join('|', methods)} {route}";
    }
}
