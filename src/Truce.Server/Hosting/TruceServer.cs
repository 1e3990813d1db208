using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Apis;
using Truce.Server.Apis.Humanitarian;
using Truce.Server.Apis.Ogc;
using Truce.Server.Apis.Sites;
using Truce.Server.Sites;

namespace Truce.Server.Hosting;

/// <summary>
/// The Truce web server: REST API under <c>/api</c>, OGC API - Features under <c>/ogc</c>, its
/// OpenAPI document at <c>/openapi/v1.json</c>, the web UI at <c>/</c>. Every endpoint says who
/// may call it (<see cref="AccessConventions"/>); callers are known by token or sign-in cookie (<see cref="CallerMiddleware"/>).
/// </summary>
public static class TruceServer
{
    /// <exception cref="InvalidOperationException">An endpoint does not declare who may call it.</exception>
    public static WebApplication Build(ServerOptions options) => Build(options, null);

    /// <summary>Builds the server with extra endpoints mapped after Truce's (tests: an endpoint without a declaration).</summary>
    internal static WebApplication Build(ServerOptions options, Action<WebApplication>? more)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The host's configuration is read once: reloading it on change watches the working folder, where the
        // database often lives, and woke a watcher thread on every write to its journal (~5,000 a second under checks).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        Listen(builder, options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // no "Server: Kestrel" on every answer
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var store = new StoreAccess(options.Db);
        builder.Services.AddSingleton(_ => store); // owned by the container: its pooled stores close with the app
        builder.Services.AddSingleton(new MapDataCache(store));
        builder.Services.AddHostedService<Checkpointer>();
        builder.Services.AddSingleton(_ => new Storage.Writes.GroupCommit(store.Open)); // disposed (its queue drained) with the app
        builder.Services.AddSingleton(new EvidenceFiles(options.Db, options.Blobs));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(p => new TokenCache(p.GetRequiredService<TimeProvider>()));
        SiteServices.Add(builder.Services, store, options);
        // A query value that does not bind (limit=abc) is a 400 problem that says which, not a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.Exception is BadHttpRequestException bad)
            {
                c.ProblemDetails.Detail = bad.Message;
            }
        });
        builder.Services.AddOpenApi(o =>
        {
            OpenApiDocument.Configure(o);
            AccessOpenApi.Configure(o);
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseRouting();
        app.Use(CallerMiddleware.Invoke);
        app.MapOpenApi("/openapi/v1.json").AllowedFor(Permissions.ReadPublished);
        app.MapOgcApi();
        app.MapAuthApi();
        app.MapEventsApi().MapStatsApi().MapVerdictsApi().MapControlApi().MapActorsApi().MapDesignationsApi().MapAgreementsApi();
        app.MapEventMapApi().MapBinsApi().MapControlAreasApi().MapBasemapApi();
        app.MapAuditApi();
        app.MapEvidenceApi().MapSourcesApi().MapEventEvidenceApi();
        app.MapImportsApi();
        app.MapSitesApi().MapChecksApi().MapDeconflictionApi();
        app.MapAccessApi().MapConditionsApi().MapBodyCountsApi();
        more?.Invoke(app);
        AccessCheck.RequireDeclarations(app);

        WebUi.Use(app);
        return app;
    }

    /// <summary>
    /// The HTTP/1.1 addresses, and the h2c ones when there are any: then every endpoint is named in
    /// Kestrel's configuration (addresses given to UseUrls are ignored once any endpoint is), HTTP/1.1's first,
    /// so that the first address the server reports stays the web UI's.
    /// </summary>
    private static void Listen(WebApplicationBuilder builder, ServerOptions options)
    {
        var h2c = ServerOptions.Addresses(options.H2cUrls);
        if (h2c.Length == 0)
        {
            builder.WebHost.UseUrls(options.Urls);
            return;
        }

        var endpoints = new Dictionary<string, string?>(StringComparer.Ordinal);
        var http1 = ServerOptions.Addresses(options.Urls);
        for (var i = 0; i < http1.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Http1Url{i}:Url"] = http1[i];
        }

        for (var i = 0; i < h2c.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Http2Url{i}:Url"] = h2c[i];
            endpoints[$"Kestrel:Endpoints:Http2Url{i}:Protocols"] = "Http2";
        }

        builder.Configuration.AddInMemoryCollection(endpoints);
    }
}
