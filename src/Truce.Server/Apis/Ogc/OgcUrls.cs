using Microsoft.AspNetCore.Http;

namespace Truce.Server.Apis.Ogc;

/// <summary>Absolute URLs of the OGC API resources, from the request's scheme, host and base path.</summary>
internal sealed class OgcUrls(HttpRequest request)
{
    public string Root { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}/ogc";

    public string Api => $"{request.Scheme}://{request.Host}{request.PathBase}/openapi/v1.json";

    public string Self => $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";

    public string Collection(string id) => $"{Root}/collections/{id}";

    public string Items(string id) => $"{Root}/collections/{id}/items";

    public string Item(string collection, string feature) => $"{Items(collection)}/{Uri.EscapeDataString(feature)}";
}
