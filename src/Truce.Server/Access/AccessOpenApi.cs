using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Truce.Domain.Access;

namespace Truce.Server.Access;

/// <summary>
/// Puts access into the OpenAPI document: the bearer and cookie security schemes, and on each
/// operation the roles that may call it (<c>x-truce-roles</c>, and a line in its description), the
/// permission it needs (<c>x-truce-permission</c>), and its 401 and 403 answers.
/// </summary>
internal static class AccessOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
            {
                ["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API token from `truce tokens create` (truce_ and 43 base64url characters). No token: the public.",
                },
                ["session"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = SessionCookie.Name,
                    Description = "The session cookie set by POST /api/auth/login (12 hours).",
                },
            };

            // Anonymous, bearer or cookie where the public may call; bearer or cookie where it may not.
            OpenApiSecurityRequirement Scheme(string name) => new() { [new OpenApiSecuritySchemeReference(name, document)] = [] };
            document.Security = [new OpenApiSecurityRequirement(), Scheme("bearer"), Scheme("session")];
            foreach (var description in context.DescriptionGroups.SelectMany(g => g.Items))
            {
                var access = description.ActionDescriptor.EndpointMetadata.OfType<EndpointAccess>().LastOrDefault();
                if (access is null || access.Required is Permissions.None or Permissions.ReadPublished
                    || document.Paths.GetValueOrDefault("/" + description.RelativePath?.TrimEnd('/')) is not { Operations: { } operations }
                    || operations.GetValueOrDefault(new HttpMethod(description.HttpMethod ?? "GET")) is not { } operation)
                {
                    continue;
                }

                operation.Security = [Scheme("bearer"), Scheme("session")];
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointAccess>().LastOrDefault() is not { } access)
            {
                return Task.CompletedTask;
            }

            var roles = access.Required == Permissions.None ? "everyone" : string.Join(", ", access.Roles);
            var line = access.Required == Permissions.None
                ? "Who may call: everyone."
                : access.Alternative is { } alt
                    ? $"Who may call: {roles} (needs {string.Join(", ", PermissionNames.Of(access.Required))}, or else {string.Join(", ", PermissionNames.Of(alt))}; a token's scopes may narrow its role)."
                    : $"Who may call: {roles} (needs {string.Join(", ", PermissionNames.Of(access.Required))}; a token's scopes may narrow its role).";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? line : $"{operation.Description}\n\n{line}";
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
            operation.Extensions["x-truce-roles"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray(
                (access.Required == Permissions.None ? ["everyone"] : access.Roles).Select(r => (System.Text.Json.Nodes.JsonNode?)r).ToArray()));
            if (access.Required != Permissions.None)
            {
                operation.Extensions["x-truce-permission"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(
                    access.Alternative is { } alternative ? $"{PermissionNames.Format(access.Required)} | {PermissionNames.Format(alternative)}" : PermissionNames.Format(access.Required)));
            }

            if (access.Required is not (Permissions.None or Permissions.ReadPublished))
            {
                operation.Responses ??= [];
                operation.Responses["401"] = new OpenApiResponse { Description = "Not signed in, or the token is unknown, expired or revoked." };
                operation.Responses["403"] = new OpenApiResponse { Description = "Signed in, but the role or the token's scopes do not allow this." };
            }

            return Task.CompletedTask;
        });
    }
}
