using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Truce.Server.Hosting;

/// <summary>How the served (and committed) OpenAPI document is made: OpenAPI 3.0, no servers, typed query numbers.</summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        // OpenAPI 3.0: what OGC API - Features clients (GDAL, QGIS) expect of service-desc.
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.AddDocumentTransformer((document, _, _) =>
        {
            // The committed document must not depend on where a server listens.
            document.Servers = [];
            document.Info.Title = "Truce API";
            document.Info.Description = "The event record, the control timeline and the verdicts per stakeholder, and the same as OGC API - Features under /ogc. Errors are RFC 9457 problem details. Callers without credentials are the public (published data); users sign in at /api/auth/login (a session cookie) or send an API token as Authorization: Bearer. Each operation names the roles that may call it (x-truce-roles): a refused caller gets 401 when not signed in, 403 when signed in; an unknown, expired or revoked token is always 401. Confidential sources are served without publisher and URL to callers who may not read confidential data. Every write is appended to a tamper-evident audit log (RFC 6962), readable under /api/audit.";
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, _, _) =>
        {
            // Numbers in a query string are described as "number or numeric string", which 3.0 cannot say (the type is then lost): keep the number.
            if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            return Task.CompletedTask;
        });
    }
}
