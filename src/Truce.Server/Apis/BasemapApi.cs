using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Truce.Domain.Access;
using Truce.Server.Access;
using Truce.Server.Hosting;

namespace Truce.Server.Apis;

/// <summary><c>/api/basemap</c>: the stored admin boundaries as a GeoJSON basemap, so the map needs no tile server.</summary>
public static class BasemapApi
{
    public static IEndpointRouteBuilder MapBasemapApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/basemap", Basemap).WithTags("Map").AllowedFor(Permissions.ReadPublished).WithName("Basemap")
            .WithSummary("The stored OCHA admin1 and admin2 boundaries (properties level, pcode, name), simplified to about 200 m, as a GeoJSON FeatureCollection.")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.MediaType);
        return routes;
    }

    /// <param name="maps">The map data of the store's current version.</param>
    public static FileContentHttpResult Basemap(MapDataCache maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return TypedResults.Bytes(maps.Current().Basemap, GeoJson.MediaType);
    }
}
