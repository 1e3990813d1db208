using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Truce.Server.Apis;
using Truce.Server.Apis.Ogc;

namespace Truce.Server.Hosting;

/// <summary>The Truce web server: REST API under <c>/api</c> (read-only unless <see cref="ServerOptions.AllowWrites"/>), its OpenAPI document at <c>/openapi/v1.json</c>, the web UI at <c>/</c>.</summary>
public static class TruceServer
{
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var store = new StoreAccess(options.Db);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new MapDataCache(store));
        builder.Services.AddHostedService<Checkpointer>();
        builder.Services.AddSingleton(new EvidenceFiles(options.Db, options.Blobs));
        // A query value that does not bind (limit=abc) is a 400 problem that says which, not a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.Exception is BadHttpRequestException bad)
            {
                c.ProblemDetails.Detail = bad.Message;
            }
        });
        builder.Services.AddOpenApi(OpenApiDocument.Configure);
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
        app.MapOpenApi("/openapi/v1.json");
        app.MapOgcApi();
        app.MapEventsApi().MapStatsApi().MapVerdictsApi().MapControlApi().MapActorsApi().MapDesignationsApi().MapAgreementsApi();
        app.MapEventMapApi().MapBinsApi().MapControlAreasApi().MapBasemapApi();
        app.MapAuditApi();
        app.MapEvidenceApi(options.AllowWrites).MapSourcesApi(options.AllowWrites).MapEventEvidenceApi(options.AllowWrites); // writes: no authentication yet
        if (options.AllowWrites)
        {
            app.MapImportsApi(); // no authentication yet: only where the operator asked for writes
        }

        WebUi.Use(app);
        return app;
    }
}
