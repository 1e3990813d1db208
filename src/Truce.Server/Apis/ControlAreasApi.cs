using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary><c>/api/control/areas</c>: the mapped control polygons (e.g. neighbourhoods) and who held each on a day, as GeoJSON.</summary>
public static class ControlAreasApi
{
    public static IEndpointRouteBuilder MapControlAreasApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/control/areas").WithTags("Map").AllowedFor(Permissions.ReadPublished);
        api.MapGet("/", Areas).WithName("ControlAreas")
            .WithSummary("Every polygon some area control record maps, with its controller(s) on the day, the records in force and their lowest confidence; controller null when unknown that day. GeoJSON FeatureCollection.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.MediaType);
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    /// <param name="at">The day (YYYY-MM-DD).</param>
    public static Results<FileContentHttpResult, ProblemHttpResult> Areas(MapDataCache maps, string? at)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (string.IsNullOrEmpty(at))
        {
            return Problems.Bad("at", "a day (YYYY-MM-DD) is required");
        }

        if (!Problems.TryDay(at, "at", out var day, out var problem))
        {
            return problem!;
        }

        return TypedResults.Bytes(maps.Current().Areas.GeoJson(day!.Value), GeoJson.MediaType);
    }
}
