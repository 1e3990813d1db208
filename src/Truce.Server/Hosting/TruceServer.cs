using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Truce.Server.Apis;

namespace Truce.Server.Hosting;

/// <summary>The Truce web server: REST API under <c>/api</c>, its OpenAPI document at <c>/openapi/v1.json</c>, the web UI at <c>/</c>.</summary>
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
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            // The committed document must not depend on where a server listens.
            document.Servers = [];
            document.Info.Title = "Truce API";
            document.Info.Description = "The event record, the control timeline and the verdicts per stakeholder. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/v1.json");
        app.MapEventsApi();
        app.MapEventMapApi();
        app.MapBinsApi();
        app.MapControlAreasApi();
        app.MapBasemapApi();
        app.MapUiFallbackVerdictsApi();
        app.MapUiFallbackControlDiffApi();
        WebUi.Use(app);
        return app;
    }
}
